// expect: [[1, 2, 3], 30, "x=7,y=8", [4, [5, 6]]]
function* g() {
  const arr = [yield "a", yield "b", yield "c"];
  const sum = (yield "d") + (yield "e");
  const s = `x=${yield "f"},y=${yield "g"}`;
  const o = { p: yield "h", q: [yield "i", yield "j"] };
  return [arr, sum, s, [o.p, o.q]];
}
const it = g();
it.next();
const feed = [1, 2, 3, 10, 20, 7, 8, 4, 5, 6];
let r;
for (const v of feed) r = it.next(v);
return r.value;
