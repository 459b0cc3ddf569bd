// expect: [3, 7]
const add = ([a, b]) => a + b;
const addNested = ([a, [b, c]]) => a + b + c;
return [add([1, 2]), addNested([1, [2, 4]])];
