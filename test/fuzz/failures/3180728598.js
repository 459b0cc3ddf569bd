// Kitwork fuzz failure, program seed 3180728598
// reason: V8 returned, VM threw
// V8: ok [[-4,-9007199254740991,2,5,8],"[-4,-9007199254740991,2,5,8,null]","[-4,-9007199254740991,2,5,8,null]",5]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3180728598

const a1 = [8, 5, (-4), (-9007199254740991)].concat(2).slice().sort().slice(0, 16);
for (let i4 = 0; i4 < 7; i4 += 2) {
  let caught5 = null;
  try {
    let x6 = `${(((4294967296 ^ 16) > a1.indexOf(i4)) ? Object.keys(({ 2: 4, z_: 1e-7, c: (0 / 0) })).join(" ") : null)}`.slice(0, 48);
    if ((4 === 1.5e300)) throw new RangeError("u:x");
  } catch (e7) {
    caught5 = "outer";
  } finally {
    switch ((i4 ** 0.5)) {
      case 10:
        var n8 = i4;
        break;
      case 1:
        const a9 = a1.map((p10) => p10).map((p11) => (i4 - p11));
        if (a9.length < 40) a9.push((i4 * 4), ("" ?? 8));
        break;
      default: {
        var a12 = a1.filter((x13) => x13 === x13).sort((x13, y14) => x13 - y14).slice(3).concat(["Hi there", "\u0041\x42", "a", "  pad  ", 'a b c'].map((q15) => q15.length).slice().sort()).slice(0, 16);
        break;
      }
      case 2:
      case (0 / 0): {
        var sa18 = ("ÅÉü" + undefined).split("-").slice(0, 16);
        let s19 = (typeof i4);
        break;
      }
    }
  }
  let w20 = 0;
  while (w20 < 4) {
    w20++;
    let a21 = a1;
    for (const [k23, v24] of Object.entries((false ? ({ b: 4294967295, z_: (-123.456), c: 0, a: .5 }) : ({})))) {
      a21 ??= a1.slice((-2), 6).filter(p25 => a1.includes((-3)));
      if ([...a21].filter((x26) => x26 === x26).sort((x26, y27) => y27 - x26).includes(Math.trunc(v24))) break;
      let o28 = ({ ...(false ? ({ z_: 6, k1: 1, "c": 8 }) : ({ "2": 2, "c": 0b101, len: 4, z_: 0 })), ...({ k1: v24, b: 65535, a: 5, "x": 10 }) });
    }
  }
}
if (a1.length < 64) a1.push((+a1));
for (let i29 = 0; i29 <= 3; i29 += 1) {
  let n30 = (((({}) ?? i29) + Math.abs(i29)) - ((-i29) >> ((1 / 0) / (-1.5e300))));
}
const s31 = JSON.stringify(a1).slice(0, 48);
switch ((6 / 2)) {
  case 0: {
    break;
  }
  default: {
    a1.pop();
    const o32 = (true ? ({}) : ({ c: (-1000), 2: 5, "z_": (0 / 0) }));
    break;
  }
}
return [a1, s31, s31.padEnd(7, "ab"), Math.min(5, 256, 5)];
