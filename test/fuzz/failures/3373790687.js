// Kitwork fuzz failure, program seed 3373790687
// reason: V8 returned, VM threw
// V8: ok [17,25,1,undefined,{},{"10":-0.5,"len":0.1,"k1":20,"n2":1},null,"5,Infinity,8,-65535,8,7,7",NaN]
// VM: throw TypeError: TypeError: f36 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 3373790687

let w1 = 0;
while (w1 < 17) {
  w1++;
  if ((((0 / 0) !== (-0.2)) || ((-0o17) > 9))) {
    for (let i2 = 1; i2 > 0; i2--) {
      const s3 = ((""[3] ?? "") + JSON.stringify([...[0o17, (-4), (-255), 7, 32]].filter((x4) => x4 === x4).sort((x4, y5) => y5 - x4), null, 0)).slice(0, 48);
      let sa6 = Object.keys(({ z_: (-2.5), x: 4, b: (-8), "y": 9007199254740993 })).slice().sort((x7, y8) => x7.length - y8.length);
      var o9 = ((1 == i2) ? ({ ...({ "k1": (-16) }), z_: 1_000 }) : (true ? ({ 2: 0, 0: 5, len: (-1.5) }) : ({ "a": 4, z_: 7 })));
    }
    let x10 = `${((false ? [9007199254740993, 32, 1] : [0.5, 2.5, 0o17, (-0xff), 0]) * ({ z_: 0xff }))}`.slice(0, 48);
  }
}
let { x: n11 = 3, a: n12 = 1, len: n13, ...o14 } = ({});
const o15 = ({ len: 0.1, 10: (-.5), "k1": 20, ["n" + 2]: 1 });
const n16 = (+'x,y,z'.includes("hello"));
const fs17 = [];
for (let i18 = 0; i18 < 3; i18++) {
  fs17.push((v) => v + i18);
}
let caught19 = null;
try {
  let caught20 = null;
  try {
    for (const it21 of [(-.5), 1000]) {
      let [n22] = [].slice().sort();
      const n25 = (++n11);
      let sa26 = [(-3.75), (-0b101)].map((x27) => `${x27}`).map(p28 => (typeof [5, 4, 7, (-5), 1.5e300]));
    }
  } catch (e29) {
    caught20 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
    o14 ||= ({ y: 'true'.indexOf("😀x"), w1 });
  }
  for (const it30 of String(false)) {
    n11 **= 2;
    let caught31 = null;
    try {
      let sa32 = [4, 0].map((x33) => x33 + "");
    } catch (e34) {
      caught31 = typeof e34?.message === "string" && e34.message.slice(0, 2) === "u:" ? e34.name + "/" + e34.message : (e34?.name ?? e34);
    } finally {
      if ((false != n11)) break;
    }
  }
} catch {
  caught19 = "caught";
}
let s35 = [5, (1 / 0), 8].concat([(-65535), 8, 7, 7]).join().trim().slice(0, 48);
switch (5) {
  default:
    const f36 = (p37, p38) => s35.trim();
    f36((+[(-1 / 0), (-1.5e300), 42, 5, 10]), f36(w1, "zz"));
    break;
  case 2:
    break;
  case 3:
  case 1:
  case (-0):
}
return [w1, n11, n12, n13, o14, o15, caught19, s35, ((0 / 0) * n12)];
