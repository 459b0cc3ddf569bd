// Kitwork fuzz failure, program seed 1489391225
// reason: V8 returned, VM threw
// V8: ok [null,[],-1,null]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1489391225

let caught1 = null;
try {
  const acc2 = (() => {
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
  if ((false > 5)) throw 'single';
} catch (e3) {
  caught1 = typeof e3?.message === "string" && e3.message.slice(0, 2) === "u:" ? e3.name + "/" + e3.message : (e3?.name ?? e3);
}
const sa4 = [2, 4, 2, 10].filter(p6 => true).filter(p7 => [0, 0, 4, 4, 1].includes((-65535))).map((x5) => `${x5}`);
if (("0" !== "line\nbreak")) {
  let w8 = 0;
  while (w8 < 15) {
    w8++;
    for (let it9 of [0, (-0), 65535, 0.5, (0 / 0)]) {
      const s10 = (it9 + 'null').slice(0, 48);
      var sa11 = Object.keys(({ ...({ ...({ "c": 1e-7, 10: 1 }), y: (-0b101) }), x: Number(s10) }));
    }
    for (var i12 = 0; i12 <= 12; i12 += 1) {
      const n13 = [3, (-0), 1, 8].indexOf([].filter((p16) => false).reduce((acc14, x15) => acc14 - x15, 1));
    }
  }
  for (const it17 of [10, (-9007199254740991)]) {
    let [s18 = '3.5', s19 = 'null', , ...sa20] = ["true", "zz"];
    if ((s19 > s19)) {
      let o21 = ({});
      if (sa20.length < 8) sa20.push((s19[3] ?? "hello"));
    }
  }
}
const n22 = (false ? [] : [10, 2147483647]).indexOf((+[0, (-16), (-1e21)]));
let caught23 = null;
try {
  const o24 = ({ ...({ "z_": (-3.75), b: (-8) }), x: [(-20), 2147483647].reduce((acc25, x26) => acc25 + x26, 1) });
  const acc27 = (() => {
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
} catch (e28) {
  caught23 = typeof e28?.message === "string" && e28.message.slice(0, 2) === "u:" ? e28.name + "/" + e28.message : (e28?.name ?? e28);
}
return [caught1, sa4, n22, caught23];
