// expect: ["ab+c","gi",0,true,true]
const r = /ab+c/gi;
r.lastIndex = 3;
const c = structuredClone(r);
return [c.source, c.flags, c.lastIndex, c !== r, c.test("xABBC")];
