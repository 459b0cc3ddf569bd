// expect: [1, 2, 3, ["z"], "undefined"]
const a = { x: 1 };
const b = Object.create(a);
b.y = 2;
const c = Object.create(b);
c.z = 3;
return [c.x, c.y, c.z, Object.keys(c), String(a.z)];
