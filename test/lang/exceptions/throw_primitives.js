// expect: [42, "str", null, true]
const out = [];
for (const v of [42, "str", null, true]) {
  try { throw v; } catch (e) { out.push(e); }
}
return out;
