// Kitwork fuzz failure, program seed 3039876724
// reason: V8 returned, VM threw
// V8: ok [[],[-0.1,65535,10,-4294967295,6,Infinity],"TypeError/u:x",0]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3039876724

var a1 = [(-1.5), 1, (-2), (-0), (-1 / 0), (-256)].filter(p2 => ('' !== "1e3"));
const a3 = [(-0.1), 65535, 10, (-4294967295), 6, (1 / 0)].slice(0);
if (((3 <= (-42)) && true)) {
  const memo4 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })((+false));
} else {
  for (let i5 = 0; i5 < 17; i5 += 1) {
    const b6 = (true ? a3 : a1).slice((-1)).includes(((+a1) & Math.round(i5)));
    var s7 = ("ÅÉü".padEnd(2) + (typeof "s")).slice(0, 48);
    var n8 = 9;
  }
}
let caught9 = null;
try {
  let n10 = ((~2147483647) - (4294967296 ^ 10));
  let o11 = ({ a: 4, 0: (-16), c: 10 });
  const n12 = n10;
  if (("ÅÉü".indexOf("b") != (false ? n12 : n10))) throw new TypeError("u:x");
} catch (e13) {
  caught9 = typeof e13?.message === "string" && e13.message.slice(0, 2) === "u:" ? e13.name + "/" + e13.message : (e13?.name ?? e13);
  for (const it14 of a1) {
    if ((![].map((p15) => p15))) continue;
  }
}
a1 = [];
return [a1, a3, caught9, Math.trunc(0)];
