// expect error: Cannot add property 1, object is not extensible
// A hole of an array that is not extensible cannot be filled: it would add a property.
const a = [1, , 3];
Object.preventExtensions(a);
a[0] = 9;
a[1] = 2;
