// Kitwork fuzz failure, program seed 2985584439
// reason: V8 returned, VM threw
// V8: ok [NaN,9007199254740991,2,[1000,-0,2,NaN],NaN,[1000,-0,2,NaN],3,{"x":-0,"len":4}]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2985584439

let [n1 = 9007199254740993, n2, n3 = 3, ...a4] = [0, 9007199254740991, 2, 1000, (-0), 2].map((p5) => p5);
++n1;
var n6 = ((Math.sign((-0.5)) % ("a" + '')) ?? (n3 - Math.abs(4)));
const a7 = a4;
n1 -= (+"\u0041\x42");
let caught8 = null;
try {
  var sa9 = ("  pad  " + n2).split(",").filter((p10) => (({ ["k" + 1]: 3.75, n3 }) >= (3.75 == 8))).slice(0, 16);
  if ((true && true)) throw a7.length;
} catch (e11) {
  caught8 = typeof e11?.message === "string" && e11.message.slice(0, 2) === "u:" ? e11.name + "/" + e11.message : (e11?.name ?? e11);
}
n1 %= 9;
for (const it12 of a7) {
  switch ((n3 & 1e21)) {
    case 0: {
      break;
    }
    case 10:
      let o13 = ({ len: 8, b: 8, 0: (n6 ** 10), c: (-7), ["c"]: (-7) });
      for (let i14 = 17; i14 > 0; i14--) {
        let [s15 = "0", , s16 = "-7", ...sa17] = Object.keys(o13);
      }
      break;
    case "1":
      break;
    case 1: {
      let caught18 = null;
      try {
        if (a7.length < 64) a7.push((n3 - n3), (+[]));
        if (((-1_000) == (4294967295 & n1))) throw "back\\slash";
      } catch (e19) {
        caught18 = typeof e19?.message === "string" && e19.message.slice(0, 2) === "u:" ? e19.name + "/" + e19.message : (e19?.name ?? e19);
        a4 = a4.map((p20, i21) => 42);
      }
    }
  }
  const f22 = () => {
    a4 = a7.concat(it12).slice(0, 16);
    return "  pad  ".split("|").join(" ");
  };
}
if (a4.length < 40) a4.push((+[(-2.5), (1 / 0), (-1_000), 3, (-.5), 0]));
const memo23 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})((++n1));
const o24 = ({ x: (-0), len: 4 });
return [n1, n2, n3, a4, n6, a7, caught8, o24];
