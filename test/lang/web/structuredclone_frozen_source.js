// expect: [false,{"a":[1,2],"b":1}]
const c = structuredClone(Object.freeze({ a: [1] }));
c.a.push(2);
c.b = 1;
return [Object.isFrozen(c), c];
