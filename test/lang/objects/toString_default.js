// expect: ["[object Object]", "[object Object]"]
return [String({}), {} + ""];
