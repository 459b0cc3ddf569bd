// expect: [false, true]
return [/a.b/.test("a\nb"), /a.b/s.test("a\nb")];
