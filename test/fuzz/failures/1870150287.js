// Kitwork fuzz failure, program seed 1870150287
// reason: V8 returned, VM threw
// V8: ok [[NaN,NaN,0,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN],10,9,true,{"0":0,"c":20,"y":2147483648,"x":9007199254740991},null,true,false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1870150287

const a1 = [0, 8, (-123.456), 2, 1].slice((-1));
let w2 = 0;
while (w2 < 10) {
  w2++;
  const adder3 = (k) => (v) => v - k;
  const add4 = adder3(Math.sqrt(4294967296));
  for (const it5 of a1) {
    if (a1.length < 64) a1.push((+[3, (-0), (-0), 8]), (it5 % it5));
    if (0 < a1.length) a1[0] += a1.reduce((acc6, x7) => acc6 + x7, 0);
    if ((!a1)) {
      let { a: n8 = 2, c: n9 = 4, ...o10 } = (false ? ({ 10: 4, y: 2, len: (-4294967296) }) : ({ 0: 32, 2: 9 }));
      const s11 = ("zz" + "hello").padStart(4).slice(0, 48);
      const n12 = (n9 ** 0);
    } else {
      add4(5);
    }
  }
  add4(Math.max((-0xff), 9));
}
for (var i13 = 0; i13 <= 8; i13++) {
  function mk14(start, step = 1) {
    let c15 = start;
    return () => {
      c15 += step;
      return c15;
    };
  }
  const ctr16 = mk14((-1 / 0), 2);
}
const b17 = ((false ? "x,y,z" : "1e3") != "x,y,z");
const o18 = ({ ...({ "c": 20 }), ...({ y: 2147483648, x: 9007199254740991, "0": 0 }) });
let n19 = "b".indexOf(JSON.stringify("-7"));
const x20 = null;
for (let i21 = 0; i21 <= 3; ++i21) {
  ++n19;
  switch ("a".length) {
    case (0 / 0): {
      if ((w2 == i21)) {
        let [, n22 = 0o17] = a1.filter(p23 => b17);
        o18["0"] += Number("true");
        const x24 = (({ p: a1.filter((p25) => true), q: { r: [false, ({ "c": 4, 10: 4, x: 1.5e300, a: (-1e3) }), b17] } }) ?? [Math.ceil(7), Math.sign(n22)]);
      } else if (("3.5" == "12")) {
        if (a1.length < 20) a1.push(((-5e-324) * i13));
      }
      n19 = (b17 ? 8 : 9007199254740991);
      break;
    }
    default:
      const o26 = ({ len: 255, "b": 2, 10: (1 / 0), ...o18, ["n" + 2]: (-7) });
      break;
  }
  n19 = ((1 / 0) + (-1));
}
n19 &= (-2147483648);
return [a1, w2, i13, b17, o18, x20, b17, (2147483647 <= w2)];
