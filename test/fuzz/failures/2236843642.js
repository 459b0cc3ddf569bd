// Kitwork fuzz failure, program seed 2236843642
// reason: different results
// V8: ok [[-1,-20,-255,0,9007199254740992,0],undefined,false,-Infinity]
// VM: ok [[-1,"-255",-255,0,9007199254740992,0],undefined,false,-Infinity]
// replay: node --import tsx test/fuzz/run.ts --replay 2236843642

const f1 = function () {
  let s2 = "q\"uote".slice(1);
  let o3 = (['x,y,z', 'zz', "ÅÉü"].includes(s2) ? ({ 0: 255, y: 8 }) : ({ "b": (-3), 2: 1_000, a: 10, c: 10, ["c"]: 255 }));
  return Math.floor((10 | 8));
};
switch ('x,y,z'.repeat(2)) {
  case "hello":
    const f4 = (p5 = 10, p6, p7) => f1();
    break;
}
var a8 = ["1e3".slice().indexOf(`\n${['zz', "back\\slash", "abc,def", "true"]} end`), (-20), (false ? (true ? 2 : (-10)) : (+[(-0xff)])), (((0 / 0) / 1_000) & (true + (-31))), 9007199254740993, Math.max((4294967295 % 1))].slice(0, 16);
let { b: n9 } = ({ ...({ x: (-1 / 0), k1: 5 }), x: 2 });
const b10 = (!({ y: 2, b: (-4294967295), len: 6 }));
if (b10) {
  if (("x,y,z" <= "back\\slash".padStart(5))) {
    let caught11 = null;
    try {
      a8 = a8;
      if ((5e-324 != (-10))) throw new RangeError("u:x");
    } catch (e12) {
      caught11 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
      const x13 = (b10 || Array.from({ length: 6 }, (_, i14) => i14 * 2147483648).filter(p15 => a8.includes((-1e-7))));
    }
  }
  if (a8.length < 64) a8.push((b10 ? 4 : 3), (-1));
  const o16 = (true ? ({}) : ({}));
} else {
  for (const [k18, v19] of Object.entries(({ ...({ 0: 7, "2": 1, k1: 3.75 }), len: (-65535) }))) {
    if ((v19 !== 3)) continue;
    if (0 < a8.length) a8[0] += Math.round(16);
  }
}
return [a8, n9, b10, (-1 / 0)];
