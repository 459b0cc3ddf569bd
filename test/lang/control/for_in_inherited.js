// expect: ["own", "inherited"]
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = 2;
const out = [];
for (const k in o) out.push(k);
return out;
