// expect: [true, false, true, false]
return [/^abc/.test("abcdef"), /^abc/.test("xabc"), /def$/.test("abcdef"), /def$/.test("defx")];
