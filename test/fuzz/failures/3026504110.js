// Kitwork fuzz failure, program seed 3026504110
// reason: V8 returned, VM threw
// V8: ok [null,"l","1000"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3026504110

const acc1 = (() => {
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
let caught2 = null;
try {
  const f3 = (p4) => (1 / 0);
} catch (e5) {
  caught2 = typeof e5?.message === "string" && e5.message.slice(0, 2) === "u:" ? e5.name + "/" + e5.message : (e5?.name ?? e5);
}
if ([4, 0, (-3), 3.75, (-0.1), (-0)].includes((+[(-0.1)]))) {
  for (let it6 of ["0"].concat(["1e3"])) {
    switch (8) {
      case (0 / 0): {
        let o7 = ({ k1: 0b101, c: it6.length, x: (~100), "len": (false ? (-0.5) : (-8)) });
        o7["0"] += Math.min(4);
        break;
      }
      default:
        const n8 = (-[1, 0.2, (0 / 0), (0 / 0)].slice((-3), 0).length);
      case 2:
      case 1:
        if ((0 != (-0.2))) continue;
        const s9 = "a-b-c";
        break;
      case (-0):
        let o10 = ({});
        break;
    }
    let { b: n11, len: n12 = (0 / 0), a: n13 = (0 / 0) } = ({ ...({ z_: 3, len: (-0), 10: (-0.1) }), ...({ x: 6, "k1": 2147483647, 10: (-0) }) });
  }
  for (const it14 of []) {
    let caught15 = null;
    try {
      const o16 = ({ ...({ "z_": 1, k1: (0 / 0), b: (-16), 10: (-.5) }), x: 3 });
    } catch (e17) {
      caught15 = typeof e17?.message === "string" && e17.message.slice(0, 2) === "u:" ? e17.name + "/" + e17.message : (e17?.name ?? e17);
    }
    for (let i18 = 10; i18 > 0; i18--) {
      if (([6, 16, (-0.2), 2].indexOf((-31)) > Math.round(4))) break;
      let a19 = [0].filter((p20) => true);
    }
  }
} else if (Number.isInteger((-65535))) {
  let a21 = ["tab\tend".length, 4];
}
return [caught2, ('hello'[2] ?? 'a-b-c'), (1_000 + "")];
