// expect: [5, "5", true, "number", "string", "boolean"]
return [Number("5"), String(5), Boolean(1), typeof Number("5"), typeof String(5), typeof Boolean(1)];
