// Kitwork fuzz failure, program seed 460901830
// reason: V8 returned, VM threw
// V8: ok ["object",23,["3.5"],-1,-1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 460901830

const s1 = (typeof null);
for (let i2 = 3; i2 > 0; i2--) {
  for (const it3 of Object.keys(({ "a": 1e3 }))) {
    if ((!(s1 + "back\\slash"))) continue;
  }
  const o4 = ({ ...({ ...({ y: i2, len: i2, k1: i2, i2 }), a: [4, 0o17, 0.1].reduce((acc5, x6) => acc5 - x6, 0) }), ...({ ...({ "0": i2 }), y: (i2 % 10) }) });
}
const n7 = JSON.stringify([(-256), 2147483648, 4, 256]).toUpperCase().length;
for (const it8 of []) {
  if ((n7 !== n7)) {
    if ((0 !== [4294967295, (-0)])) {
      let a9 = [...[(-0), 5, (-0), 100, 9, 2]].filter((x10) => x10 === x10).sort((x10, y11) => y11 - x10).slice(0).map(p12 => n7);
      const n13 = 'hello'.charCodeAt(0);
    } else {
      var s14 = '-7';
    }
  } else if ((n7 > 9)) {
    for (let i15 = 0; i15 <= 4; i15 += 1) {
      const { c: n16 = 10 } = ({ "x": (-0) });
    }
    const o17 = ({ c: 0, "a": (n7 / n7), 10: [4, (-0o17), 4, (-100), 0].reduce((acc18, x19) => acc18 + x19, 2), ["n" + 2]: 8 });
  } else {
    const s20 = ((typeof true) + (false ? "\u0041\x42" : s1)).slice(0, 48);
  }
}
if (('-7' === s1)) {
  if (true) {
    switch ((typeof undefined)) {
      case "x,y,z": {
        let b21 = (!({ ...({ "b": (-20), y: 1, k1: (0 / 0) }), x: n7 }));
        break;
      }
      default:
        const a22 = [((-65535) - n7), (-4294967296), Math.min(n7), 0, 4, 3];
        let x23 = `${((Object.keys(({ a: (-1_000), "x": (1 / 0) })) + ("" >= ({ y: (-0o17), 0: 0.5, b: (-0) }))) ?? Math.round(s1.indexOf(s1)))}`.slice(0, 48);
    }
  } else if ([(-65535), 2147483648, 1].filter((p24) => true).includes((-0b101))) {
    var sa25 = ['', '-7', "a", ''];
    if (sa25.length < 40) sa25.push('zz'.repeat(3).slice(0, 48));
  } else {
    var n26 = "😀x".length;
  }
} else if ((!({ p: [0b101, 1_000], q: { r: "" } }))) {
  let n27 = Math.max();
}
if ((s1 == s1)) {
  const a28 = [...[0xff, ...[31, 5, 255], ...[2, 2, (-1 / 0), (-1e3), (-16), 1]].filter((x29) => x29 === x29).sort((x29, y30) => x29 - y30), ...[1].map(p31 => 4).map(p32 => Math.max(16, p32, 9007199254740993))].slice(0, 16);
  const x33 = (1 || [(-16), 3.75, 1.5e300, 16, (-0.1)]);
}
let a34 = ['  pad  '.indexOf("-7"), 2, (-1), (-5e-324)];
const sa35 = [];
if (sa35.length < 20) sa35.push("3.5");
const [n36, n37, ...a38] = a34.slice().sort();
if (a34.length < 8) a34.push((+[4294967295, (-65535), (1 / 0), 8, (-1 / 0), (-0)]), [2147483648].reduce((acc41, x42) => acc41 + x42, 2));
return [s1, n7, sa35, n36, n37];
