// expect: 3
const s = "abcabcabc";
let count = 0, pos = s.indexOf("bc");
while (pos !== -1) { count++; pos = s.indexOf("bc", pos + 1); }
return count;
