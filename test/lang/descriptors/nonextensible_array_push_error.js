// expect error: Cannot add property 2, object is not extensible
const a = Object.preventExtensions([1, 2]);
a.push(3);
