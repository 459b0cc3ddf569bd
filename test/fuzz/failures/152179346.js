// Kitwork fuzz failure, program seed 152179346
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:3.5
// VM: throw <value>: Error: u:3.5
// replay: node --import tsx test/fuzz/run.ts --replay 152179346

let caught1 = null;
try {
  if (("true" == undefined)) throw (4 - 1e3);
  if ((!"a b c".indexOf("q\"uote"))) throw Number("zz");
} catch (e2) {
  caught1 = typeof e2?.message === "string" && e2.message.slice(0, 2) === "u:" ? e2.name + "/" + e2.message : (e2?.name ?? e2);
}
const x3 = (caught1 && ({ len: 2 }));
const [n4 = (-0), n5 = 5, n6 = (-20)] = [...[3, (0 / 0), (-5e-324), 20], ...[]];
let s7 = (([5, (-1_000), (-1000), 3, 9].reduce((acc8, x9) => acc8 - x9, 1) == (2 - (-31))) ? JSON.stringify("\u0041\x42".padEnd(7)) : ("q\"uote" + [(-0), 42, 6]).toUpperCase()).slice(0, 48);
let sa10 = Object.keys(({})).concat(["0", "ab", "a", "Hi there"].filter(p11 => true)).slice(0, 16);
sa10.pop();
const n12 = 1;
let n13 = (Math.max(n6, n4, n6) & [65535, 7, 32, (-2147483647), 0.2, 5].reduce((acc14, x15) => acc14 * x15, 2));
let [, n16 = 3] = sa10.map((q17) => q17.length);
if (((n12 / n4) >= (0xff * n13))) throw new Error("u:" + '3.5'.split("-").join(" "));
const f18 = (p19, p20, p21) => (sa10[1] ?? "a b c");
const a22 = (false ? [0, 3.75] : []);
return [caught1, n4, n5, n6, s7, sa10, n12, n13, a22];
