// expect: [[], "undefined", false, {"k":1}]
const o = Object.create(null);
const keys = Object.keys(o);
const ts = String(o.toString);
o.k = 1;
return [keys, ts, "toString" in o, Object.assign({}, o)];
