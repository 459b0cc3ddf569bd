// expect: [true, false, "aa"]
return [/(\w)\1/.test("hello"), /(\w)\1/.test("abc"), "xaay".match(/(a)\1/)[0]];
