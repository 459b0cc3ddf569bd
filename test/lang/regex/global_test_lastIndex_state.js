// expect: [true, 1, true, 2, false, 0]
const re = /a/g;
const s = "aa";
const r = [];
r.push(re.test(s), re.lastIndex);
r.push(re.test(s), re.lastIndex);
r.push(re.test(s), re.lastIndex);
return r;
