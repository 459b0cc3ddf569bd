// Kitwork fuzz failure, program seed 3415881973
// reason: V8 returned, VM threw
// V8: ok [6,[],{"b":-100,"y":6},11]
// VM: throw TypeError: TypeError: add4 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 3415881973

let w1 = 0;
while (w1 < 6) {
  w1 += 1;
  var x2 = null;
  const adder3 = (k) => (v) => v - k;
  const add4 = adder3(Math.min(0.1));
  if ((((0 / 0) + 'true') > [1].filter((x5) => x5 === x5).sort((x5, y6) => x5 - y6))) {
    for (const it7 of Object.keys(({ 2: 2.5, x: 3, k1: 0, "y": 9 }))) {
      add4((+[2, 6]));
      let [n8 = .5, n9, ] = [3].filter(p10 => false);
      const sa11 = [4, 2147483648, (-123.456)].slice(0).map((x12) => x12 + "").concat(Object.keys(({ b: n8, 10: (-4294967295), z_: n8, k1: n8 }))).slice(0, 16);
    }
    for (let i13 = 0; i13 < 18; ++i13) {
      add4(Math.sign(i13));
    }
    for (const [k15, v16] of Object.entries(({ ...({ x: (-7) }), y: 4 }))) {
      const x17 = x2;
    }
  } else if ((!6)) {
    for (let i18 = 3; i18 > 0; i18--) {
      x2 = true;
      const n19 = Math.sign((0 / 0));
      const s20 = ("😀x" + "12").slice(0, 48);
    }
    const sa21 = '12'.split(", ");
  } else {
    const { b: n22 = 9 } = ({ ...({ "b": 16, a: 0o17, c: 1, len: 10 }), y: 3 });
  }
}
const f23 = (p24, ...rest25) => [32, 9007199254740993, 0o17].includes(w1);
let a26 = (false ? [4294967296, 7, 32, 0xff] : [256]).filter(p27 => ("" === 'abc,def')).slice().sort();
const o30 = (false ? ({ a: (-31), b: 4, y: 100, 2: 7 }) : ({ b: (-100), y: 6 }));
for (const it31 of [w1, 3, 5, (0 / 0)]) {
  const b32 = false;
  a26 ??= a26.slice(0, 5);
}
let w33 = 0;
while (w33 < 11) {
  w33++;
  f23(`:${a26}$${[]} ${w1}`);
  const [n34 = 7, n35 = (-1.5), n36] = a26.map((p37, i38) => (-4294967295));
  a26.pop();
}
switch ("-7".toUpperCase()) {
  case "a":
  case "ab":
    const f39 = (p40, p41, p42) => ("hello" + 'single').slice(0, 48);
    let s43 = `x=${4}${a26}!`.slice().slice(0, 48);
    break;
  case "hello":
    let n44 = Number(JSON.stringify(o30, null, "  "));
    break;
  case "x,y,z":
    var o45 = o30;
    break;
}
return [w1, a26, o30, w33];
