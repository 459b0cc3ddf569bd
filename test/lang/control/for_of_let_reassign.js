// expect: [2, 4]
const out = [];
for (let v of [1, 2]) {
  v *= 2;
  out.push(v);
}
return out;
