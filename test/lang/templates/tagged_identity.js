// expect: [true,false,true,true,false,true]
// One template object per call site: the same object every time the site is evaluated,
// a different one for another site with the same text.
const id = (s) => s;
const inLoop = [];
for (let i = 0; i < 3; i++) inLoop.push(id`same`);
const elsewhere = id`same`;
// Two closures of one function share its sites.
const make = () => () => id`in closure`;
const f1 = make(), f2 = make();
// A site inside finally is one site, whichever way the try block is left.
const fin = [];
function leave(early) {
  try { if (early) return 1; } finally { fin.push(id`in finally`); }
  return 2;
}
leave(true); leave(false);
// A template literal without a tag makes a fresh string; its site has no object.
const viaFn = (x) => id`${x}`;
return [inLoop[0] === inLoop[1] && inLoop[1] === inLoop[2], elsewhere === inLoop[0], f1() === f2(), fin[0] === fin[1], viaFn(1) === id`${1}`, viaFn(1) === viaFn(2)];
