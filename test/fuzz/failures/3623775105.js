// Kitwork fuzz failure, program seed 3623775105
// reason: V8 returned, VM threw
// V8: ok [undefined,2,{"k1":-0},null,-8,[2147483648,2147483648],2,false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3623775105

const { c: n1, b: n2, a: n3, ...o4 } = ({ a: 2, ["k" + 1]: (-0) });
for (let i5 = 0; i5 <= 14; i5 += 1) {
  for (const it6 of [5e-324, (-1.5e300), 6, 9]) {
    const [s7, s8, ] = "0".split("|");
  }
}
const f9 = (p10, p11, p12, ...rest13) => [2, 2, (1 / 0)].slice(3, 2).indexOf("back\\slash".length);
for (let i14 = 4; i14 > 0; i14--) {
  for (const it15 of ["true", '  pad  ', "true", "tab\tend", '12'].map(p16 => p16)) {
    const s17 = (it15[0] ?? "a b c");
  }
  const b18 = (!["12", "MiXeD"]);
  const b19 = (65535 > (b18 ? [1, 2.5, 3, 0] : [10, (-1e-7), (1 / 0), 6]).indexOf((+[])));
}
const o20 = ({});
o20["len"] = (true + 2);
const x21 = ({ p: "hello", q: { r: ["  pad  ", "0", "ab", 'single', "12"] } });
const adder22 = (k) => (v) => v - k;
const add23 = adder22("b".length);
for (const it24 of [1.5, 42, (-2), 0b101, 1_000]) {
  const { len: n25, c: n26 = 4294967296, x: n27 = (-1e21) } = o4;
}
let caught28 = null;
try {
  for (let i29 = 0; i29 < 8; i29++) {
    let sa30 = ["a-b-c", "hello", "3.5", ""].map((q32) => q32.length).map((x31) => x31 + "").map(p33 => ((i29 * 6) + "MiXeD").slice(0, 48)).slice(0, 16);
    for (let i34 = 0; i34 < 14; i34 += 1) {
      let n35 = Number('b'.split(" ").join("-").padEnd(4, ""));
    }
  }
} catch (e36) {
  caught28 = typeof e36?.message === "string" && e36.message.slice(0, 2) === "u:" ? e36.name + "/" + e36.message : (e36?.name ?? e36);
  let x37 = (n3 || 'x,y,z');
}
let w38 = 0;
while (w38 < 2) {
  w38++;
  let { a: n39, x: n40, b: n41 } = ({ ...o20, a: 7 });
}
o20.len ??= (8 - 7);
f9(((-1e-7) * w38), Math.abs((-31)), [w38, w38]);
const n42 = (Math.min(((-0b101) * w38)) + w38);
var a43 = [5e-324, 5, (-256), 7, (-4294967295), 10].map((p44, i45) => 2147483648).slice(2, 4);
if (false) {
  const f46 = (p47, p48) => ["null", "-7"].concat(Object.keys(o4)).slice(0, 16);
  let o49 = (true ? ({ z_: 6, 2: 1, a: 0 }) : o4);
  for (let i50 = 0; i50 <= 13; i50 += 1) {
    o49 = ({ ...({ k1: 20, c: 0, "2": 2, 0: (-9007199254740993) }), z_: n42 });
  }
} else if ((!Object.keys(o4))) {
  if (a43.length < 20) a43.push((o4["0"] ?? 0), (~n42));
  var a51 = [].slice(1);
} else {
  var a52 = [(-1 / 0), 2147483648, 9, 6].slice((-2));
}
return [n2, n3, o4, caught28, n42, a43, w38, (n42 > n42)];
