// expect: [true, "app", null, false, "Symbol(app)"]
const a = Symbol.for("app");
return [a === Symbol.for("app"), Symbol.keyFor(a), Symbol.keyFor(Symbol("app")) === undefined ? null : "?", a === Symbol("app"), String(a)];
