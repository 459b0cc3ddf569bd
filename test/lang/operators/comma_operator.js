// expect: [3, 2]
let a = 0;
const r = (a++, a++, a + 1);
return [r, a];
