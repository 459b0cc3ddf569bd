// Kitwork fuzz failure, program seed 1332400302
// reason: different results
// V8: ok ["x=0,5,10,159|123.456","abc,def","-0,1,2,3,4 end",NaN]
// VM: ok ["x=0,5,10,159|123.456","abc,def","Infinity,Infinity,Infinity,Infinity,Infinity",NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 1332400302

let s1 = `x=${Array.from({ length: 4 }, (_, i2) => i2 * 5)}`.slice(0, 48);
const { len: n3 } = ({ ...({ 0: 100, y: 0o17, "b": 2147483648, a: (-9007199254740993) }), ...({ k1: 3, c: 6 }) });
s1 = (s1 + (false ? [10] : [9, 123.456]).join("|")).slice(0, 48);
let [n4] = (false ? [10, 16, (1 / 0)] : [(-8)]);
let [n5 = 6, n6, n7, ...a8] = [0];
for (let i9 = 1; i9 > 0; i9--) {
  const o10 = ({});
  const fs11 = [];
  for (let i12 = 0; i12 < 5; i12++) {
    fs11.push((v) => v * i12);
  }
  let o13 = ((a8.length !== i9) ? ({ ...({ ...o10, ...({ b: (0 / 0), k1: (-1 / 0), c: 1.5e300, 10: 0.1 }) }), ...o10 }) : o10);
}
const a14 = [7, 1e21, (-5e-324), (-3), (-1000)].map(p15 => ((n5 += p15) * Math.min(...a8)));
var s16 = (true ? (((-2147483647) != (1 / 0)) ? 'abc,def' : ("line\nbreak"[3] ?? "1e3")) : ("a b c" + s1)).slice(0, 48);
let s17 = `-${[2147483648, 1000, 16, 2.5, (-9007199254740993)].map((p18, i19) => i19)} end`.slice(0, 48);
let caught20 = null;
try {
  if ((s16 < s17.split(" ").join(","))) {
    for (let i21 = 0; i21 <= 11; i21 += 1) {
      let { b: n22 = 5 } = ({ ...({ "b": 9 }), x: i21 });
    }
    s16 ||= ('1e3'.at((-3)) ?? "");
  }
  if (((++n5) <= n5)) throw { code: n5 };
} catch (e23) {
  caught20 = typeof e23?.message === "string" && e23.message.slice(0, 2) === "u:" ? e23.name + "/" + e23.message : (e23?.name ?? e23);
  for (const [k25, v26] of Object.entries(({ ...({}), ...({ "x": 1_000 }) }))) {
    switch (k25.length) {
      case "1":
        n6 &&= `${(({ "x": 3, 10: (-32), "2": v26 }) + Number.isInteger(n5))}`.slice(0, 48);
        let s27 = k25.slice(6);
        break;
      case (0 / 0): {
        s1 = (s17 + "a").trim().slice(0, 48);
        break;
      }
    }
    const a28 = [8, ...a8, ...[]].slice(0, 16);
    var x29 = a14[5];
  }
}
const f30 = function (p31, p32, p33) {
  for (const it34 of Object.keys(({ ...({ len: 0 }), c: p31 }))) {
    var s35 = JSON.stringify([1]).slice(0, 48);
    let s36 = "a";
  }
  switch (s1) {
    default:
      switch ("  pad  ".repeat(1)) {
        case "":
          if (0 < a8.length) a8[0] = Math.floor(8);
          p31 |= 6;
          break;
        case "a":
        case "ab":
        case "x,y,z":
      }
      break;
    case "x,y,z":
    case "0":
    case "":
  }
  return (Number.isInteger(0.5) ? 1 : 0);
};
return [s1, s16, s17, (+a14)];
