// expect: [42, "number", -7]
const n = "42".int();
return [n, typeof n, "-7".int()];
