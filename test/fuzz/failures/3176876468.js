// Kitwork fuzz failure, program seed 3176876468
// reason: V8 returned, VM threw
// V8: ok [[NaN,NaN,NaN,0],0,{"c":3},"a",["null"]]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3176876468

if (((-100) != 0)) {
  let { len: n1 = 20, x: n2 = (-31), c: n3 } = ({});
  const adder4 = (k) => (v) => v * k;
  const add5 = adder4(Math.sqrt(n1));
  var a6 = [].filter(p7 => true);
} else {
  const o8 = ({ x: 6, b: 10, 10: ((-1000) ** 10), y: 0 });
  let o9 = ({ c: [5e-324, 2, 7, 0.1, (-31)].indexOf((-0)), 2: ((-5) + 0xff) });
}
for (let i10 = 0; i10 < 6; ++i10) {
  const f11 = function (p12, p13) {
    p13++;
    for (let i14 = 10; i14 > 0; i14--) {
      var a15 = [(-32)].slice(0, (-2));
      let w16 = 0;
      do {
        w16++;
        p13 /= i14;
      } while (w16 < 17);
      let w17 = 0;
      while (w17 < 16) {
        w17 += 1;
        let n18 = p12.length;
        if (((9007199254740993 & 7) != (-0))) return a15;
      }
    }
    if (((false && true) || (i10 != (-0.2)))) {
      for (var i19 = 2; i19 > 0; i19--) {
        const { len: n20 = 5 } = ({ len: 4, 0: 2, 2: (-65535), "k1": (-5e-324) });
      }
    } else if (false) {
      p12 = "".repeat(2).slice(0, 48);
      for (let [k22, v23] of Object.entries(({ 2: (-2147483647), len: i10, a: 0.2, x: i10, ["c"]: 5 }))) {
        const s24 = (i10).toFixed(1).toLowerCase();
      }
    }
    return [1_000, 2, 6, 5e-324, 10].filter((x25) => x25 === x25).sort((x25, y26) => x25 - y26);
  };
  let caught27 = null;
  try {
    const n28 = "\u0041\x42".charAt(4).padEnd(1).length;
    if (((n28 ** (-1)) != Math.sqrt(1.5))) throw [].indexOf(i10);
  } catch {
    caught27 = "caught";
  }
  if ((10 === 9)) {
    var o29 = ({ ...({ z_: 0.5, 0: 0.2, ["k" + 1]: 0 }), z_: ((i10 > i10) ? (true + i10) : (i10 | i10)) });
    let { x: n30 = (-9007199254740993), len: n31 = (-0), b: n32 = 5 } = ({ y: 1, len: (-5e-324), 0: 0o17 });
  }
}
const a33 = [32, 8, (-31)].map(p34 => (0 / 0)).concat((+[])).slice(0, 16);
const n35 = JSON.stringify(a33).indexOf([""].slice().sort().join());
let o38 = ({ ...({ c: n35, ["c"]: 3 }), ...(false ? ({ 10: (-1 / 0), a: 10 }) : ({})) });
const [s39 = 'abc,def', , ...sa40] = ["a", "q\"uote", "null"];
return [a33, n35, o38, s39, sa40];
