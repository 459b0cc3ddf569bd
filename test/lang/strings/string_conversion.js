// expect: ["123", "true", "null", "undefined", "1,2", "[object Object]", "0", "NaN", "1.5"]
return [String(123), String(true), String(null), String(undefined), String([1, 2]), String({}), String(-0), String(NaN), String(1.5)];
