// Kitwork fuzz failure, program seed 127253671
// reason: V8 returned, VM threw
// V8: ok [-1,null,null,0]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 127253671

if (((-32) === null)) {
  const o1 = ({ c: 9, 0: 0, y: 7 });
  if ((false == undefined)) {
    let n2 = [(-5), 2, "".length, (-256), (0 ** (-1)), 2].length;
  } else if ([0, (-0.1), 5, 0, 7, (-0)].filter(p3 => true).includes(Math.sign(0))) {
    o1["a"] = (Number.isInteger(0) ? 1 : 0);
    let a4 = Object.entries(o1).map((e5) => e5[1]);
  }
  let w6 = 0;
  do {
    w6++;
    for (let i7 = 0; i7 < 9; i7++) {
      const o8 = ({ ...o1 });
      let o9 = o8;
    }
    const b10 = (false || false);
  } while (w6 < 18);
}
const n11 = Array.from({ length: 1 }, (_, i12) => i12 * 4).filter(p13 => ["zz", 'a b c'].includes("0")).indexOf(((["zz", "null", "12", "null", "q\"uote"] % (-0xff)) ?? Math.trunc(1)));
let caught14 = null;
try {
  const a15 = [5];
  if (("ab" + "a").startsWith(JSON.stringify(false))) throw new Error("u:" + ("3.5" + ({})));
} catch (e16) {
  caught14 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
  const x17 = null;
}
var x18 = ({ 10: 10, "2": 10, a: 4294967295 });
for (let i19 = 0; i19 <= 14; i19++) {
  x18 = ((typeof false === "number") ? (true ? ({ "y": (-256) }) : ({})) : null);
  for (let i20 = 0; i20 < 12; i20 += 3) {
    for (var i21 = 2; i21 > 0; i21--) {
      let [s22 = "x,y,z", , s23 = 'Hi there'] = [].filter(p24 => true);
      const o25 = ({ 0: (+x18), z_: 42 });
    }
  }
  let { a: n26, b: n27 = 10, len: n28 } = ({ ...({ x: 2, len: (-0.2), 10: 7 }), ...({ a: 4294967296, len: 2, k1: 1.5e300, b: (-4) }) });
}
return [n11, caught14, x18, ((0 / 0) >> n11)];
