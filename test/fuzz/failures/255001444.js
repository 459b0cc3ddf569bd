// Kitwork fuzz failure, program seed 255001444
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:20-0-10
// VM: throw <value>: Error: u:20-0-10
// replay: node --import tsx test/fuzz/run.ts --replay 255001444

for (var i1 = 5; i1 > 0; i1--) {
  const f2 = (p3 = (0 / 0), p4, p5 = 10, ...rest6) => {
    let n7 = (-p3);
    return (true ? 'true' : "");
  };
  const acc8 = (() => {
    let total = 0;
    const items = [];
    return {
      add: (v) => {
        total += v;
        if (items.length < 32) items.push(v);
        return total;
      },
      get: () => total,
      list: () => items.slice(),
    };
  })();
  const s9 = ("back\\slash" + ((i1 - i1) * i1)).slice(0, 48);
}
let caught10 = null;
try {
  let [n11 = (-0), n12, n13 = 2] = [3, ...[], ...[(-0o17), 7, 32, (-100)]];
  if ((i1 <= i1)) throw [1, 1e3, 10, 20, (-9007199254740993), 0].reduce((acc14, x15) => acc14 * x15, 1);
} catch (e16) {
  caught10 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
} finally {
  var b17 = (32 != (-32));
}
const n18 = "true".length;
const n19 = Math.max((n18 - n18));
let w20 = 0;
while (w20 < 4) {
  w20++;
  const n21 = "3.5".length;
  let a22 = [2, (-.5), 0].map(p23 => (-1e21));
}
var x24 = caught10;
x24 = '  pad  '.length;
var s25 = "\u0041\x42".slice(2);
s25 = (s25 + "12").slice(0, 48);
if ((typeof caught10 === "number")) throw new Error("u:" + [20, 0, 10].join("-"));
for (const it26 of s25.split("")) {
  const a27 = [1, (0 / 0)].map(p28 => p28);
  const f29 = p30 => (+("  pad  " + a27));
  for (const it31 of []) {
    if (Array.isArray(undefined)) {
      let b32 = (typeof (x24 - a27) === "undefined");
    }
    let s33 = it31.slice().slice(1, (-1));
  }
}
let sa34 = ["1e3", "null"];
let { len: n35 } = ({ ...({}), ...({ x: 5, a: 31, len: 6 }) });
return [n18, x24, s25, sa34, ("s" ?? n19)];
