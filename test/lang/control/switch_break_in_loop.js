// expect: [1, 3]
const out = [];
for (const v of [1, 2, 3]) {
  switch (v) {
    case 2: continue;
    default: out.push(v); break;
  }
}
return out;
