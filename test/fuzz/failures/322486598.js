// Kitwork fuzz failure, program seed 322486598
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:x=2,256,NaN,0 NaN end
// VM: throw <value>: Error: u:x=2,256,NaN,0 NaN end
// replay: node --import tsx test/fuzz/run.ts --replay 322486598

const n1 = ((0 / 0) * 8);
const o2 = ({ ...({ y: [(-0b101)].length, len: 7, z_: Math.abs(1e3), 0: n1 }), k1: n1 });
const sa3 = [1.5e300].map((x4) => x4 + "").filter((p5) => (false || true)).filter(p6 => (typeof undefined === "boolean"));
const x7 = null;
let a8 = [2, 256].concat([(0 / 0), (n1 >>> n1)]).slice(0, 16);
let caught9 = null;
try {
  for (let i10 = 0; i10 < 14; i10 += 2) {
    for (let i11 = 0; i11 < 12; i11 += 2) {
      let [s12 = "tab\tend", ...sa13] = sa3;
      var sa14 = sa3;
      let n15 = (Math.abs((~i11)) ** 0.5);
    }
  }
  if ((typeof x7 === "object")) {
    var a16 = a8;
    let [n17 = 1, n18 = 1e3, n19 = 16] = a16;
  }
  const n20 = ((+undefined) ** 0);
} catch (e21) {
  caught9 = typeof e21?.message === "string" && e21.message.slice(0, 2) === "u:" ? e21.name + "/" + e21.message : (e21?.name ?? e21);
}
var x22 = caught9;
const f23 = (p24, p25, p26) => a8.slice((-3));
for (let i27 = 0; i27 <= 6; i27++) {
  const adder28 = (k) => (v) => v + k;
  const add29 = adder28((n1 >> (-16)));
}
if ('zz'.padEnd(5, "0").includes("  pad  ".slice((-1), 6))) throw new Error("u:" + `x=${a8} ${n1} end`);
for (let it30 of a8) {
  let a31 = f23([1, (-1e3), 3, 3].length, "hello".length, ['ÅÉü', "ab"].length);
  let w32 = 0;
  while (w32 < 7) {
    w32 += 1;
    f23((it30 / 10), Math.min(it30, (-0.5), 4), Math.floor(1.5e300));
  }
  switch (("a" + ({ 0: (-7), len: 0 }))) {
    default:
      const sa33 = sa3.filter((p34) => true).slice(1).map((p35) => `a${a31}${(false || true)}\`q`.slice(0, 48)).slice(0, 16);
      let b36 = (typeof x7 === "boolean");
    case "ab":
      a31 = [(-1.5), (0 / 0), 10, 0b101, 2.5].filter(p37 => true);
      break;
    case "a":
      break;
    case "x,y,z":
      break;
  }
}
if ((false || true)) {
  var n38 = (x7?.p?.length ?? Object.keys(o2).length);
  f23(n38, Math.abs(n38), '0'.indexOf("Hi there"));
  let [n39 = 20, ...a40] = a8.concat(1);
}
return [n1, sa3, a8, caught9, x22, (n1 ** 2)];
