// Kitwork fuzz failure, program seed 1568622735
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:MiXeD
// VM: throw <value>: Error: u:MiXeD
// replay: node --import tsx test/fuzz/run.ts --replay 1568622735

let n1 = (-1.5);
for (const [k3, v4] of Object.entries(({ ...({ "z_": (-65535), c: 4 }), ...({}) }))) {
  if ((undefined === null)) {
    const n5 = (true ? [1, (-0.5)].slice((-3)).length : ((n1 << n1) + n1));
  }
}
const a6 = [(0 / 0), (-0), (-1 / 0), n1, 5e-324, 4294967296];
const x7 = (((n1 == n1) ? ("" ?? ["  pad  ", "0", "a"]) : undefined) ?? "😀x");
for (let i8 = 0; i8 < 3; i8 += 2) {
  if (("a b c" != 'b')) {
    const sa9 = [32, .5, 6, (a6[n1] ?? (-1 / 0)), 32, "-7".length].map((x10) => `${x10}`);
  } else if ((![8, 0.1, 0.5, 100, (1 / 0)])) {
    var b11 = ["q\"uote", "a b c", "a b c", "back\\slash"].map((q12) => q12.length).includes(10);
  }
}
const f13 = function (p14, p15) {
  function f16(p17 = "b", ...rest18) {
    const n19 = (n1++);
    return ({ x: (1 / 0), k1: (-9007199254740993), 2: n1 });
  }
  for (let i20 = 0; i20 <= 6; i20 += 1) {
    for (const it21 of p15) {
      let o22 = (("ÅÉü" == a6) ? ({ ...({ "x": (-0.1) }), ...({ a: 9, "k1": 3, "z_": (-1 / 0), 2: (-2147483648) }) }) : f16("true"));
      var b23 = ((it21 !== (-2)) || (i20 === p14));
    }
  }
  let s24 = (`${(true + (-31))}$${("tab\tend" + "-7")}!` + a6.join("-")).slice(0, 48);
  return ('b' + a6).slice(0, 48);
};
let a25 = [9, ...a6, ...[32, 0.2]].slice(0, 16);
a25 = [2147483648, (0 / 0), 2].filter(p26 => false);
if (Number.isInteger((true ? (-1e21) : n1))) throw new Error("u:" + 'MiXeD'.padStart(0, "0"));
const x27 = null;
f13((-1e-7), [...a6, ...a6]);
var n28 = (1_000 ** 3);
f13("tab\tend".length, a6.filter(p29 => true));
let caught30 = null;
try {
  const n31 = Math.sign(a6.length);
  let caught32 = null;
  try {
    a25 = a6.filter(p33 => false);
    if ((((-8) | n31) > (n1--))) throw new RangeError("u:bad");
  } catch (e34) {
    caught32 = typeof e34?.message === "string" && e34.message.slice(0, 2) === "u:" ? e34.name + "/" + e34.message : (e34?.name ?? e34);
    let o35 = ((typeof x7 === "string") ? ({ b: 4, y: (-0), "10": 0, a: (-42), ["c"]: 0xff }) : ({ x: 42 }));
  }
  let caught36 = null;
  try {
    a25 = a25.map((p37) => (10 / 8));
    const o38 = ({ ...({ ...({}), z_: n28 }), ...({ len: n1 }) });
  } catch (e39) {
    caught36 = typeof e39?.message === "string" && e39.message.slice(0, 2) === "u:" ? e39.name + "/" + e39.message : (e39?.name ?? e39);
    var s40 = (n1).toFixed(4);
  }
  if (((-123.456) < n31)) throw null;
} catch (e41) {
  caught30 = typeof e41?.message === "string" && e41.message.slice(0, 2) === "u:" ? e41.name + "/" + e41.message : (e41?.name ?? e41);
}
return [n1, a6, a25, x27, [5].length, (n1 + "x,y,z")];
