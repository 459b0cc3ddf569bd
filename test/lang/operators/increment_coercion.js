// expect: [6, "number", 1, "NaN"]
let s = "5";
s++;
let n = null;
n++;
let u;
u++;
return [s, typeof s, n, String(u)];
