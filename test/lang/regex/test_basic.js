// expect: [true, false, true, false]
return [/ab+c/.test("xabbbc"), /^abc$/.test("abcd"), /\d{3}/.test("a123"), /[^a-z]/.test("abc")];
