// Kitwork fuzz failure, program seed 3890662677
// reason: V8 returned, VM threw
// V8: ok [1,"Hi there","tab\tend",255,-9007199254740991,undefined,256,-1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3890662677

for (const it1 of [31]) {
  let sa2 = Object.keys(({ 0: 8, z_: (-1e21), len: 7, 10: 5 }));
}
let w3 = 0;
while (w3 < 1) {
  w3 += 1;
  let caught4 = null;
  try {
    for (var i5 = 0; i5 < 20; ++i5) {
      let { x: n6, len: n7, a: n8, ...o9 } = ({ 2: (-5e-324), "10": i5, i5 });
      var n10 = (Math.max() >>> (+""));
    }
    if ([].includes("hello")) throw new Error("u:" + ((-5) + "ÅÉü"));
  } catch {
    caught4 = "caught";
  }
  for (const it11 of "MiXeD".split(",")) {
    const [n12, n13 = 0] = [(-0.2), (-0), 8].map((p14) => 3);
    for (const it15 of Object.keys(({ ...({ k1: 1, 2: 1000, z_: 3 }), y: n13 }))) {
      var x16 = `${([""] ?? [0xff, ...[...[1000, 0o17, 1.5e300, 2, 10, (0 / 0)], ...[(0 / 0), 0]], ...[(-1e3), 4, 0, 9007199254740993, (1 / 0)].map((p17, i18) => 3)])}`.slice(0, 48);
      x16 = ({ p: ["q\"uote", '-7', "a", 'true'].slice(0), q: { r: (true ? ({ 2: (-31), a: (0 / 0), "0": 8, k1: 5 }) : ({ "x": (-255) })) } });
      if ([5e-324, 3].filter(p19 => true).includes((+[10, 8, (1 / 0), (-1_000), 9]))) continue;
    }
  }
}
const [s20] = ["Hi there"];
let caught21 = null;
try {
  const o22 = ({});
  let s23 = JSON.stringify(.5).slice(0, 48);
  if (((true && true) || (true || false))) throw "tab\tend";
} catch (e24) {
  caught21 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
}
let n25 = Math.trunc(((true && true) ? [].length : "12".length));
for (const [k27, v28] of Object.entries(({ len: 9, 2: 5e-324 }))) {
  n25 ||= [5e-324, (-.5), 2].indexOf(7);
  let x29 = s20?.[0];
}
const { c: n30 = (-9007199254740991), a: n31, b: n32 = 256 } = ({});
let n33 = (false + (false ? n30 : 255));
[n33, n25] = [n25, n33];
return [w3, s20, caught21, n25, n30, n31, n32, n33];
