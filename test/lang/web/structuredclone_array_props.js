// expect: [true,2,"yes"]
const a = [1, 2];
a.extra = "yes";
const c = structuredClone(a);
return [Array.isArray(c), c.length, c.extra];
