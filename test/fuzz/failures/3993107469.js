// Kitwork fuzz failure, program seed 3993107469
// reason: V8 returned, VM threw
// V8: ok [null,65535,false,[65532,9,0,15,0,65535,6]]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3993107469

let caught1 = null;
try {
  let { x: n2, c: n3 = (-3.75) } = ({ "0": 255, "x": (-1e21), c: 10 });
  if (true) {
    var o4 = ({ ...({}), b: 1_000 });
  } else if (([0.1, 31, 0, 3.75].reduce((acc5, x6) => acc5 * x6, 1) <= (0 - (0 / 0)))) {
    let w7 = 0;
    do {
      w7++;
      let o8 = ({ ...({ 10: n3, 0: "abc,def".indexOf("") }), len: (Math.sign(n3) | (+undefined)) });
    } while (w7 < 15);
    let caught9 = null;
    try {
      const n10 = 8;
    } finally {
      n3++;
    }
  } else {
    var x11 = ((n3 == 6) ? ((1 / 0) < 2) : null);
  }
} catch (e12) {
  caught1 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
  let x13 = undefined;
}
const n14 = Math.max((6 * (-3)), 4, Math.trunc(65535));
let b15 = (({}) < [5, (0 / 0), 255, 5].map((x16) => `${x16}`).includes((typeof ({ k1: (-.5), c: 6, 0: (-2147483647), z_: 4294967296 }))));
const a17 = [(-0), 2, 256].filter(p18 => b15).concat((3 ^ n14)).concat([9, (+[]), 0o17, 0, n14, [(-0.5), (-0.1), 32, 42, 6, 9].length]).slice(0, 16);
for (const it19 of "null".padStart(3, "")) {
  let caught20 = null;
  try {
    let sa21 = Object.keys(({ ...({ c: 0o17, 10: 9 }), ...({ k1: (-1 / 0), 10: 1_000, y: 1000, b: 1 }) })).concat(Object.keys(({ y: n14, len: n14 }))).slice(0, 16);
    for (let i22 = 0; i22 < 1; i22 += 3) {
      const o23 = ({});
      if ("b".startsWith("a b c")) continue;
    }
  } catch (e24) {
    caught20 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
    b15 = ((b15 && true) || b15);
  }
  const f25 = (p26, p27) => [].length;
  let x28 = undefined;
}
const f29 = () => {
  for (let i30 = 0; i30 <= 17; i30++) {
    for (let i31 = 2; i31 > 0; i31--) {
      var s32 = "b".split("").join("");
      if (0 < a17.length) a17[0] *= Math.round(1e3);
      let [n33 = 7, n34 = 7, n35, ...a36] = [(0 / 0)].filter((x37) => x37 === x37).sort((x37, y38) => x37 - y38);
    }
  }
  b15 &&= (!false);
  const x39 = caught1;
  return n14;
};
return [caught1, n14, b15, a17];
