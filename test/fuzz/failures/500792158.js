// Kitwork fuzz failure, program seed 500792158
// reason: V8 returned, VM threw
// V8: ok [[51.2],256,[51.2,0,-1,65535],undefined,2,true]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 500792158

let a1 = [256];
function mk2(start, step = 1) {
  let c3 = start;
  return () => {
    c3 += step;
    return c3;
  };
}
const ctr4 = mk2(8);
const n5 = Math.ceil(a1.reduce((acc6, x7) => acc6 + x7, 0));
if (0 < a1.length) a1[0] *= (false + 0.2);
if ((ctr4() != n5)) {
  const n8 = Math.trunc(n5);
  const a9 = a1.concat(a1.map((p10, i11) => Math.trunc(p10))).slice(0, 16);
} else {
  if ((!"12")) {
    a1.pop();
    let w12 = 0;
    while (w12 < 1) {
      w12 += 1;
      const n13 = (6 / 5);
    }
  } else {
    let caught14 = null;
    try {
      var o15 = ({ ...({}), y: n5 });
      let s16 = ("line\nbreak".split("|").join(" ")[2] ?? "\u0041\x42").toUpperCase();
      if (("a-b-c".includes("b") || ((-1) >= (-1.5)))) throw new Error("u:" + s16.padEnd(0));
    } catch (e17) {
      caught14 = typeof e17?.message === "string" && e17.message.slice(0, 2) === "u:" ? e17.name + "/" + e17.message : (e17?.name ?? e17);
      const { c: n18 = 9, a: n19, b: n20 = 6 } = ({ ...({ 0: (-1), k1: 4294967295 }), a: (-0o17) });
    }
    let w21 = 0;
    while (w21 < 12) {
      w21++;
      if (a1.length < 8) a1.push((-n5), (-2.5));
      let s22 = "b".padStart(9, "*");
      s22 = 'null';
    }
  }
  const { len: n23 = 7 } = (true ? ({ a: 2147483647, len: 0, x: 2 }) : ({ a: 2, "0": 5, 10: 2, "len": (-0) }));
}
var a24 = a1.map((p25, i26) => i26).slice(2, 6);
let caught27 = null;
try {
  let n28 = ctr4();
  const n29 = `$${true}\n${(n28 + 'abc,def')}!`.length;
  if ((8 != n29)) throw undefined;
} catch (e30) {
  caught27 = typeof e30?.message === "string" && e30.message.slice(0, 2) === "u:" ? e30.name + "/" + e30.message : (e30?.name ?? e30);
  if (3 < a24.length) a24[3] *= ctr4();
}
if (a24.length < 40) a24.push((+a1), (Number.isInteger((-3.75)) ? 1 : 0));
if (a24.length < 64) a24.push(a1.indexOf(n5), (true ? 65535 : n5));
return [a1, n5, a24, caught27, "-7".length, "q\"uote".includes("q\"uote")];
