// expect: [true, false, true, true, false, true]
const o = { a: 1, b: undefined };
const arr = [10, 20];
return ["a" in o, "c" in o, "b" in o, 1 in arr, 2 in arr, "length" in arr];
