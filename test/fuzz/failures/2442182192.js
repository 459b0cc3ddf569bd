// Kitwork fuzz failure, program seed 2442182192
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:😀x
// VM: throw <value>: Error: u:😀x
// replay: node --import tsx test/fuzz/run.ts --replay 2442182192

const n1 = (+undefined);
if (("b" < 'x,y,z')) throw new Error("u:" + "😀x".slice());
const { b: n2 = 1_000 } = ({ ...({ 2: (1 / 0), "y": (-1.5e300) }), k1: 6 });
const a3 = [...[4294967295, 3, 4, 16], ...[(-0), 0, (-1), 4, 16]].filter(p4 => (n2 <= n1)).map(p5 => ((false || true) ? (null ?? p5) : (n1 | 6))).slice(0, 16);
const acc6 = (() => {
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
let caught7 = null;
try {
  let caught8 = null;
  try {
    const sa9 = a3.concat(Math.round(n2)).map((x10) => x10 + "").slice(0, 16);
    let caught11 = null;
    try {
      let [s12 = "1e3", , s13] = ['  pad  ', "tab\tend", "Hi there", "back\\slash", "1e3"].filter((p14) => true);
    } catch (e15) {
      caught11 = typeof e15?.message === "string" && e15.message.slice(0, 2) === "u:" ? e15.name + "/" + e15.message : (e15?.name ?? e15);
      const n16 = ((Math.floor(n1) & Math.trunc(n2)) | (((-1e21) < n2) ? a3.reduce((acc17, x18) => acc17 - x18, 1) : (n2 & n2)));
    } finally {
      const s19 = "b".slice(5);
    }
  } catch (e20) {
    caught8 = typeof e20?.message === "string" && e20.message.slice(0, 2) === "u:" ? e20.name + "/" + e20.message : (e20?.name ?? e20);
  } finally {
    const o21 = ({ "y": 1e-7, "len": (-.5), 10: 1, ["n" + 2]: (-42) });
    if (a3.length - 1 < a3.length) a3[a3.length - 1] = 9007199254740991;
  }
} catch {
  caught7 = "caught";
}
acc6.add((false ? n1 : n2));
if (('' < "q\"uote")) {
  for (let it22 of a3) {
    const { len: n23, b: n24 } = ({ ...({ 10: 100, c: 32 }), z_: it22 });
    if ((true && true)) {
      const b25 = (n2 !== (-.5));
      let a26 = [7, 10, 1e-7, 5e-324, 8, (1 / 0)].filter(p27 => b25).concat([8, (-0), (-65535), (-1_000)].length).map((p28) => ((it22 % 3) ** (-1))).slice(0, 16);
    }
    const n29 = n2;
  }
  let n30 = a3.map((x31) => `${x31}`).map((p32) => ("-7" + p32).slice(0, 48)).length;
}
const o33 = ({ ["c"]: 8 });
let a34 = acc6.list();
return [n1, n2, a3, caught7, o33, a34, 'ÅÉü'.length, "12".split("").join("|")];
