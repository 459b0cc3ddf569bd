// Kitwork fuzz failure, program seed 3464316217
// reason: V8 returned, VM threw
// V8: ok [[-1,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN],12,"zz","1e3 -7",[-1,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN]," falsea12","zz"]
// VM: throw TypeError: TypeError: adder7 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 3464316217

function f1(p2, p3 = 0.5) {
  switch (((-100) + 10)) {
    case 2:
      break;
    case 0:
      p2 = Math.round(p3);
      for (let it4 of ["a", "ÅÉü", "-7", "😀x", "zz"]) {
        let o5 = ({ ...({}), c: p2 });
        let s6 = 'single'.split("-").join("");
        if ((p2 == p2)) return "-7".toUpperCase();
      }
    case (-0): {
      break;
    }
    case (0 / 0):
      break;
  }
  p2 /= p2;
  return ["1e3", "-7"].join(" ").slice(0, 48);
}
const adder7 = (k) => (v) => v + k;
const add8 = adder7((+[(-1e21), (-100)]));
f1([4294967296, 0.1, (-123.456), (-0), 16, 0].reduce((acc9, x10) => acc9 + x10, 1), "null".length);
let a11 = [100].slice(1, 2).map((p12) => p12);
if (a11.length < 64) a11.push((~(-0)));
let w13 = 0;
do {
  w13++;
  a11 = a11.map(p14 => p14);
  let caught15 = null;
  try {
    if (a11.length < 40) a11.push(add8(9007199254740991));
    var x16 = [["MiXeD", "MiXeD"].filter((p19) => false).slice().sort((x17, y18) => x17.length - y18.length)];
  } catch (e20) {
    caught15 = typeof e20?.message === "string" && e20.message.slice(0, 2) === "u:" ? e20.name + "/" + e20.message : (e20?.name ?? e20);
  } finally {
    for (const it21 of Object.keys(({ ...({ 10: 0 }), b: 4294967296 }))) {
      const a22 = a11.slice((-1), 6);
    }
    for (const it23 of Object.keys(({ ...({}), k1: 7 }))) {
      const n24 = ((true ? it23 : null) ?? Math.round(10));
      const sa25 = [...["3.5", "a", "null", 'b']].sort((x26, y27) => (x26 < y27 ? 1 : x26 > y27 ? -1 : 0)).filter(p28 => Array.isArray([]));
    }
  }
} while (w13 < 12);
const s29 = (true ? "zz" : "hello");
const s30 = f1(s29.length, Math.floor(1)).padEnd(0, "0").slice(0, 48);
const a31 = a11;
a11 ??= a11.concat(a31).slice(0, 16);
return [a11, w13, s29, s30, a31, ` ${false}a${w13}`, s29];
