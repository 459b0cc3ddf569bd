// Kitwork fuzz failure, program seed 781853393
// reason: V8 returned, VM threw
// V8: ok [9,undefined,[0.1111111111111111,9],"1e3,a-b-c,a-b-c",undefined,0.2,{"k1":0,"y":9},9,[9],true]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 781853393

const f1 = () => {
  const a2 = [...[20, (-0o17), (-1000), 4, (-1)], ...[]].map((p3) => (p3 ** 1)).filter((p4) => ((false && false) || (![4, (0 / 0), 4, 4, 8]))).slice(0, 16);
  let { b: n5 = 0 } = (false ? ({ x: (-4294967295) }) : ({ "c": (-2.5), b: 123.456, 0: 256 }));
  return ({ ...({ 0: 6 }), y: n5 });
};
if (['Hi there', 'ÅÉü'].filter((p6) => true).includes((typeof false))) {
  const x7 = (0 ?? ({}));
  const adder8 = (k) => (v) => v - k;
  const add9 = adder8(Math.min(7, 256));
}
const fs10 = [];
for (let i11 = 0; i11 < 2; i11++) {
  fs10.push((v) => v * i11);
}
const [n12 = 9, n13, ...a14] = [].map((p15) => p15);
if (3 < a14.length) a14[3] *= (-1);
let s16 = ["1e3", "a-b-c", "a-b-c"].join().slice(0, 48);
if (((n12 ^ n12) !== s16.charCodeAt(0))) {
  if ([].filter(p17 => false).includes((+a14))) {
    const n18 = Math.max(...a14);
    let caught19 = null;
    try {
      s16 = (s16 + 'single').slice(0, 48);
      const n20 = (n12 % (-123.456));
    } catch {
      caught19 = "caught";
    }
  } else if ((true && true)) {
    if (a14.length < 8) a14.push((n12 ** (-1)), n12);
  } else {
    for (const it21 of [].slice().sort()) {
      const sa24 = [0, (-1e21)].filter(p26 => true).map((x25) => `${x25}`);
    }
    let x27 = null;
  }
} else {
  let n28 = ((n12 == n12) ? Math.trunc(6) : (n12 * 9));
  n28 *= a14.reduce((acc29, x30) => acc29 + x30, 2);
}
let { len: n31, c: n32 = 0, ...o33 } = ({ ...({ c: 0.2, k1: 0 }), y: n12 });
const [n34 = 5, ...a35] = a14.map(p36 => n12);
if ((s16 != s16)) {
  var n37 = 16;
} else {
  if ((undefined !== n34)) {
    const n38 = n34;
  } else if ((a35.reduce((acc39, x40) => acc39 * x40, 0) > (n12 ** 2))) {
    --n32;
  }
  const f41 = function (p42 = "abc,def", p43) {
    const n44 = p42.length;
    return a14;
  };
}
return [n12, n13, a14, s16, n31, n32, o33, n34, a35, true];
