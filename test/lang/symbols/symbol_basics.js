// expect: ["symbol", "foo", null, "Symbol(foo)", "Symbol()", false, true]
const s = Symbol("foo"), t = Symbol();
return [typeof s, s.description, t.description === undefined ? null : t.description, s.toString(), String(t), Symbol("foo") === s, s === s];
