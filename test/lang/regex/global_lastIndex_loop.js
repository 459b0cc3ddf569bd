// expect: [[["a1", 0], ["b2", 3], ["c3", 6]], 0]
const re = /[a-z]\d/g;
const s = "a1 b2 c3";
const out = [];
let m;
while ((m = re.exec(s)) !== null) out.push([m[0], m.index]);
return [out, re.lastIndex];
