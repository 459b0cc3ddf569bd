// expect error: Cannot assign to read only property 'k' of object
const child = Object.create(Object.freeze({ k: 1 }));
child.k = 2;
