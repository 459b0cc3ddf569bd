// Kitwork fuzz failure, program seed 186983567
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:a b c
// VM: throw <value>: Error: u:a b c
// replay: node --import tsx test/fuzz/run.ts --replay 186983567

const o1 = ({ ...({ ...({ ...({ "c": 10, y: 4, len: (-1e3), x: (-0) }), b: 20 }), ...(false ? ({ "c": 5, "10": 8 }) : ({ b: (-4), len: 0, z_: 2 })) }), k1: Math.ceil([1.5e300, 5e-324, 2.5, 7, 4294967296].indexOf(3)) });
let [s2, s3 = "😀x", ] = ["-7", "MiXeD", "0"];
if ((9 > (-0))) throw new Error("u:" + 'a b c'.slice(0));
let caught4 = null;
try {
  const n5 = (s3.repeat(2) + (s3 + s3)).charCodeAt(2);
} catch (e6) {
  caught4 = typeof e6?.message === "string" && e6.message.slice(0, 2) === "u:" ? e6.name + "/" + e6.message : (e6?.name ?? e6);
}
let w7 = 0;
while (w7 < 1) {
  w7++;
  let s8 = s3.repeat(0).slice(0, 48);
}
s2 = ({ p: [], q: { r: ["true", "x,y,z"] } });
let caught9 = null;
try {
  const o10 = o1;
  let n11 = w7;
  if ((true || false)) {
    n11 = (w7 - (-1));
    --n11;
    for (let i12 = 0; i12 < 8; ++i12) {
      s3 ||= s3;
      var b13 = ('0'.slice((-3), 1) !== undefined);
    }
  }
  if ((!7)) throw [7, 8, 7];
} catch (e14) {
  caught9 = typeof e14?.message === "string" && e14.message.slice(0, 2) === "u:" ? e14.name + "/" + e14.message : (e14?.name ?? e14);
}
var a15 = [];
const o16 = ({ a: (-32), 2: (-1000) });
return [o1, s2, s3, caught4, w7, caught9, a15, o16, `-${"a b c"}\n${["\u0041\x42", "tab\tend", 'MiXeD', "a b c", "Hi there"]} ${[(-0), 3]} end`, Math.sign(w7)];
