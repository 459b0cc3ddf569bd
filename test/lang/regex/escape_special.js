// expect: [true, true, true, ["1.5", "2.5"]]
return [/\./.test("a.b"), /\$\d/.test("$5"), /\//.test("a/b"), "1.5 + 2.5".match(/\d\.\d/g)];
