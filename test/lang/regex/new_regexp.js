// expect: [true, "a\\.b", "g", true]
const re = new RegExp("a\\.b", "g");
return [re.test("xa.b"), re.source, re.flags, RegExp("x").test("x")];
