// Kitwork fuzz failure, program seed 2838560183
// reason: V8 returned, VM threw
// V8: ok [2,"false,a-b-c,NaN,1,100,0.2,0,10,[object Object]"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2838560183

const f1 = (p2) => "  pad  ";
const f3 = (p4) => [].slice().sort();
for (const it7 of ("" + [(-1000), (-0), 0.1, (-7), (-0), 0])) {
  for (const it8 of [0, 1]) {
    if (Object.keys(({ z_: 3 })).includes('a'.toLowerCase())) {
      if ([1e3].includes(it8)) break;
    } else {
      const x9 = ({ p: false, q: { r: ["  pad  ", "ÅÉü"] } });
      const s10 = (((it8 ** 1) + Math.abs((-123.456))) + it7.toUpperCase()).slice(0, 48);
    }
    let sa11 = Object.keys(({ c: (-0b101), a: (-2), "0": 9007199254740991 })).slice().sort();
  }
}
const n14 = [(-0o17), 2, 2, (-0), 10, 1].reduce((acc15, x16) => acc15 - x16, 2);
for (const it17 of [7, 8, 1, 0, (-0), (1 / 0)]) {
  let n18 = n14;
  const x19 = [10, (-0xff), (it17 % 9007199254740991), 7, "line\nbreak".length];
}
var x20 = `${[[(-.5), (-42), (-2.5), 4, 8, 0xff].filter((x21) => x21 === x21).sort((x21, y22) => x21 - y22).includes((+[])), ("a-b-c" ?? ({ ...({}), ...({ y: 0xff, "0": (-0), 2: 0o17 }) })), [...[(0 / 0), 1, 100, 0.2].filter(p23 => true), ...['', "back\\slash"].map((q24) => q24.length)], ({})]}`.slice(0, 48);
return [n14, x20];
