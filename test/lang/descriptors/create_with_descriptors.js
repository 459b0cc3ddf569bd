// expect: [["own"],3,1,["own","hid"],false]
const c = Object.create({ base: 1 }, { own: { value: 2, enumerable: true }, hid: { value: 3 } });
return [Object.keys(c), c.hid, c.base, Object.getOwnPropertyNames(c), Object.getOwnPropertyDescriptor(c, "own").writable];
