// Kitwork fuzz failure, program seed 1453571208
// reason: V8 returned, VM threw
// V8: ok [6,0,[5,7,1],3.1622776601683795]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1453571208

if ([(-8), 3, 5, (-0), 10].includes((+[(-1.5), (-0), 4, 3, (-0)]))) {
  let a1 = [(-0), 9, (-2.5), 1, (-0), 3].filter((x2) => x2 === x2).sort((x2, y3) => x2 - y3).concat([(-2), (-4294967295), 4, 4, 0xff]).slice(0, 16);
  let a4 = a1;
} else if (((true ? "ÅÉü" : "3.5") < [(0 / 0), 6, 0, 256].join(", "))) {
  const n5 = (Math.sign((7 & 2)) % Math.max(((0 / 0) ** 2), (false + (-2147483647)), (8 - 3)));
  for (let it6 of ['1e3', '-7'].slice().sort()) {
    for (let it9 of [0]) {
      const a10 = [].map((p11) => (it9 ** 10));
      const o12 = ((false && (!({}))) ? ({ "x": [8].reduce((acc13, x14) => acc13 + x14, 0), k1: (Number.isInteger(n5) ? 1 : 0) }) : ({ ...({ k1: 3, y: 2, x: 0, 10: n5 }), ...({}) }));
    }
    for (let i15 = 0; i15 < 3; i15 += 1) {
      if ((typeof false === "undefined")) continue;
    }
    const x16 = null;
  }
} else {
  const fs17 = [];
  for (let i18 = 0; i18 < 4; i18++) {
    fs17.push((v) => v - i18);
  }
}
let w19 = 0;
while (w19 < 6) {
  w19 += 1;
  const n20 = (Math.sign((1e3 ^ 0)) / ((0o17 / (-65535)) ^ (true + 4)));
  let n21 = (Math.max((-3), n20, n20) ** 0.5);
  const n22 = (((n21 - n20) % Math.abs(n20)) + [3, 1, n20, 4, 100, (-4294967295)].reduce((acc23, x24) => acc23 + x24, 2));
}
const [n25 = 6, ...a26] = ["", "a-b-c", "tab\tend", "0"].map((q27) => q27.length);
const n28 = Math.sqrt(((false + 10) - Math.round(n25)));
if ((typeof ({}) === "object")) {
  let n29 = Math.abs(("" ?? n28));
} else {
  for (let it30 of a26) {
    let o31 = ({ b: "zz".length, 0: (-0), y: (-0.5), a: (-1 / 0) });
  }
  let x32 = ("" && 5);
}
if (Array.from({ length: 6 }, (_, i33) => i33 * 1e3).includes(n25)) {
  function f34(p35, p36, p37, ...rest38) {
    let caught39 = null;
    try {
      p36 *= Math.trunc((-5));
    } catch (e40) {
      caught39 = typeof e40?.message === "string" && e40.message.slice(0, 2) === "u:" ? e40.name + "/" + e40.message : (e40?.name ?? e40);
    }
    const s41 = (`${[].map((p42) => 4)}\`q` + ((caught39 ?? w19) + ("a-b-c" + "  pad  "))).slice(0, 48);
    if (('MiXeD' === (false ? s41 : "3.5"))) return (p35 - p35);
    try {
      return (null ?? (-0));
    } finally {
      const s43 = (((p35 != p36) || Number.isInteger(n25)) ? ` ${2147483648}!`.split(" ").join(", ") : (typeof "ÅÉü".slice((-3), (-1)))).slice(0, 48);
    }
  }
}
return [w19, n25, a26, n28];
