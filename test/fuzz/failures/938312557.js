// Kitwork fuzz failure, program seed 938312557
// reason: V8 returned, VM threw
// V8: ok [null,["ab"],false]
// VM: throw TypeError: TypeError: Cannot read properties of undefined (reading 'length')
// replay: node --import tsx test/fuzz/run.ts --replay 938312557

const x1 = null;
const f2 = (p3 = "", ...rest4) => {
  var s5 = JSON.stringify(({ 2: 1, k1: 7 })).slice(0, 48);
  s5 = ["x,y,z"].join("-").slice((-4)).slice(0, 48);
  var sa6 = "0".split(",");
  const a7 = [(-2), 255, ((-1 / 0) ** 2), (-4294967296), (1 / 0), (4 | 6)].slice().sort();
  return rest4.length;
};
for (let i10 = 20; i10 > 0; i10--) {
  let { len: n11 = 2, x: n12 = 1e21, ...o13 } = ({ ["n" + 2]: (0 / 0) });
  let caught14 = null;
  try {
    if (((++n12) > Math.sign(n11))) {
      var a15 = ["12", "x,y,z"].map((q16) => q16.length);
      let b17 = (typeof x1?.p === "string");
      const [n18 = 1, n19 = 1.5, ...a20] = a15;
    }
  } catch (e21) {
    caught14 = typeof e21?.message === "string" && e21.message.slice(0, 2) === "u:" ? e21.name + "/" + e21.message : (e21?.name ?? e21);
  } finally {
    for (const it22 of "tab\tend".split("-")) {
      o13 = ({ 2: i10, c: 1, b: 20, z_: i10 });
      const n23 = (false ? (o13.y ?? 1e3) : (-2.5));
      let n24 = Math.floor(3);
    }
  }
  if ((f2() == 256)) {
    const n25 = (n12 * i10);
  } else if (((n11 < n11) || "a".startsWith("abc,def"))) {
    n11 ??= (i10 | ['😀x', 'ab'].length);
  }
}
for (const it26 of `${["x,y,z", "q\"uote", "0", "ÅÉü"]}\`q`) {
  for (let i27 = 0; i27 < 3; i27 += 3) {
    switch ("x,y,z".padEnd(3, "0")) {
      default: {
        const { c: n28 = (-8) } = ({ ...({ k1: (-2147483648), y: (-1 / 0), c: (0 / 0), 10: 0 }), x: i27 });
        let sa29 = (JSON.stringify([x1]).at(0) ?? "").split(", ").slice(0, 16);
      }
      case "a":
        let o30 = ({ y: (-20) });
        if (([].map((x31) => `${x31}`) == x1)) continue;
      case "ab": {
      }
    }
  }
}
let sa32 = "ab".split(",");
return [x1, sa32, [10, 16].includes(2)];
