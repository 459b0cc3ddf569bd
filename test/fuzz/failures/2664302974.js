// Kitwork fuzz failure, program seed 2664302974
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:single
// VM: throw <value>: Error: u:single
// replay: node --import tsx test/fuzz/run.ts --replay 2664302974

if ("a".padEnd(0, "*").startsWith('3.5'.slice(6))) throw new Error("u:" + 'single'.padStart(5, "0"));
const a1 = ["Hi there", "back\\slash", "MiXeD", "b"].map((q2) => q2.length);
const f3 = (p4, p5 = 42) => 'single'.trim().padEnd(10, "0");
const b6 = ((Math.ceil(0)).toFixed(4) <= f3((a1[4] ?? 9)));
function rec7(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec8(n - 1);
}
function rec8(n) {
  return n > 0 ? rec7(n - 1) : false;
}
f3((b6 ? 2 : (-1000)), 1);
if ((3 >= (-16))) {
  rec8(Math.sqrt(20));
  switch (Math.ceil((-5e-324))) {
    case 10:
      for (let i9 = 0; i9 <= 14; ++i9) {
        if (3 < a1.length) a1[3] += (Number.isInteger((-1.5)) ? 1 : 0);
        const o10 = ({ ...({ ...({ 2: 8, a: 5e-324, c: 10 }), ...({ 2: 10, 0: 1000, z_: 8 }) }), z_: (null ?? i9) });
      }
      let { x: n11 } = ({ ...({ c: 0, "len": 1.5, 0: 9 }), k1: (-1 / 0) });
      break;
    case 0: {
      break;
    }
    default: {
    }
    case 2:
      for (const it12 of f3(8, (0 / 0))) {
        let { len: n13 = 1e-7, b: n14, a: n15 = 1 } = ({ ...({ x: (-100) }), ...({ "y": (-0), 10: 6 }) });
        const o16 = ({ c: 2147483648 });
      }
      break;
    case "1":
  }
  const f17 = (p18, p19) => Math.ceil((null ?? 8));
} else {
  let x20 = `${(0 / a1)}`.slice(0, 48);
  const o21 = ({ ...({ x: 2, "y": 1.5, z_: 7, ["c"]: (-0) }), c: Math.min(2.5, 31, 0) });
}
for (const [k23, v24] of Object.entries((b6 ? ({ a: (0 / 0), "10": 42, z_: (-2.5), len: (-2147483648) }) : ({ "0": 5, 2: (-0), c: 9 })))) {
  if ((false || false)) break;
}
switch (Math.abs(3.75)) {
  case (-1): {
    break;
  }
  default:
    break;
  case 3: {
    const n25 = (6 | (-9007199254740993));
    if (a1.length < 40) a1.push(Math.ceil(20), (n25 % n25));
    break;
  }
}
return [a1, b6, "MiXeD".slice((-3))];
