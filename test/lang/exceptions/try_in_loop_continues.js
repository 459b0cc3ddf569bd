// expect: [1, "err", 3]
const out = [];
for (const v of [1, 2, 3]) {
  try {
    if (v === 2) throw new Error("err");
    out.push(v);
  } catch (e) {
    out.push(e.message);
  }
}
return out;
