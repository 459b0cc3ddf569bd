// expect: [2, 1, "undefined", true, false, 1]
const m = new Map();
m.set("a", 1).set("b", 2);
const r = [m.size, m.get("a"), String(m.get("z")), m.has("b"), m.has("z")];
m.delete("a");
r.push(m.size);
return r;
