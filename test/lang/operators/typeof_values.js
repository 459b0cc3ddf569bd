// expect: ["number", "string", "boolean", "undefined", "object", "object", "object", "function", "function", "number"]
return [typeof 1, typeof "s", typeof true, typeof undefined, typeof null, typeof {}, typeof [], typeof function () {}, typeof (() => 1), typeof NaN];
