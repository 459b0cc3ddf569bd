// expect error: Cannot define property b, object is not extensible
Object.defineProperty(Object.preventExtensions({}), "b", { value: 1 });
