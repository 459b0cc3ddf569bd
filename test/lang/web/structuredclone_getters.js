// expect: [5,1,["g","plain"]]
const o = { get g() { return 5; }, plain: 1 };
const c = structuredClone(o);
o.plain = 2;
return [c.g, c.plain, Object.keys(c)];
