// expect error: not extensible
// v8-message: skip
Object.setPrototypeOf(Object.preventExtensions([]), {});
