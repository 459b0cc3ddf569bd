// Kitwork fuzz failure, program seed 2440443820
// reason: different results
// V8: ok [undefined,null,-17,-65535,-7]
// VM: ok [undefined,"-65535",[-65535],-65535,-7]
// replay: node --import tsx test/fuzz/run.ts --replay 2440443820

let x1 = `${(["", "", "ab", ""].map((p2) => "line\nbreak") / [0, (-0), 0, 8, 3.75, 4].filter(p3 => false))}`.slice(0, 48);
let caught4 = null;
try {
  let b5 = ((({ ...({ x: 4, c: (-1000) }), ...({ x: 5 }) }) > [2, 5, 20, (-1.5), (-8)].slice().sort()) || ((3 <= 0.1) && ("a" != "null")));
  for (const it8 of JSON.stringify([x1])) {
    x1 = ({ ...({ y: 0, z_: 0o17 }), len: 31 });
  }
  let caught10 = null;
  try {
    b5 &&= ((5 * (0 / 0)) <= Math.sqrt(20));
  } catch (e11) {
    caught10 = typeof e11?.message === "string" && e11.message.slice(0, 2) === "u:" ? e11.name + "/" + e11.message : (e11?.name ?? e11);
  } finally {
    let n12 = (+[0, 1000]);
  }
  if ((b5 || b5)) throw null;
} catch (e13) {
  caught4 = typeof e13?.message === "string" && e13.message.slice(0, 2) === "u:" ? e13.name + "/" + e13.message : (e13?.name ?? e13);
}
x1 = caught4?.length;
for (let i14 = 0; i14 < 7; i14 += 2) {
  if ((1 < i14)) {
    if ((({}) >= ({ ...({}), len: i14 }))) continue;
    var n15 = ("a".slice((-3), 0).length + (+[].map((p16, i17) => p16)));
  } else if ((caught4 !== null)) {
    switch ((-1 / 0)) {
      case 1:
        break;
      case 3:
        let a18 = [20, 1e-7, 2, 1, 5, 9007199254740993].slice((-2), 5);
        break;
      default:
        break;
      case "1":
        const n19 = 1;
      case 10:
        x1 = `${([2147483647, 3, 0, 31, 0, 5].includes((-0)) + (true ? ({ c: 4, b: 9007199254740991 }) : ({ b: 10, k1: 8, y: 5 })))}`.slice(0, 48);
    }
  } else {
    const a20 = [(-1 / 0), 16, 16, 7, (-0)].concat([]).concat([4294967296, (-0o17)].slice().sort()).slice(0, 16);
  }
}
var n23 = ([1_000, 3].indexOf((-7)) / "-7".indexOf("line\nbreak"));
if (false) {
  let n24 = (n23++);
}
if ((n23 != (-.5))) {
  n23 ??= n23;
}
for (let i25 = 18; i25 > 0; i25--) {
  var sa26 = ["ab", "1e3"].concat([]).slice(0, 16);
  if (sa26.length < 40) sa26.push((n23 + "true").slice(0, 48));
  const b27 = (!Math.max((--n23), n23));
}
return [x1, caught4, n23, (+[(-65535)]), ((-7) | (-65535))];
