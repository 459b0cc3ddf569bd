// expect: [["a", "c"], ["A", "C"], "a|c", ["c"], true, 3, "ca", 2, [0, 2]]
// Callback methods visit only the indices an array-like has (HasProperty), so a missing
// one is skipped, and read its length before checking the callback.
const o = { 0: "a", 2: "c", length: 3 };
const P = Array.prototype;
const seen = [];
P.forEach.call(o, (v) => seen.push(v));
const mapped = P.map.call(o, (v) => v.toUpperCase());
let order = "";
try {
  P.forEach.call({ get length() { order += "length;"; return 1; } }, null);
} catch (e) {
  order += e instanceof TypeError ? "TypeError" : "other";
}
const idx = [];
P.some.call(o, (v, i) => { idx.push(i); return false; });
return [
  seen,
  [mapped[0], mapped[2]],
  P.reduce.call(o, (acc, v) => acc + "|" + v),
  P.filter.call(o, (v) => v > "b"),
  P.every.call(o, (v) => typeof v === "string"),
  mapped.length,
  P.reduceRight.call(o, (acc, v) => acc + v, ""),
  order === "length;TypeError" ? 2 : order,
  idx,
];
