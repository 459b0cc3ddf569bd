// Kitwork fuzz failure, program seed 181051443
// reason: V8 returned, VM threw
// V8: ok [5,5,true]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 181051443

for (let i1 = 6; i1 > 0; i1--) {
  const a2 = ["ab", "abc,def", "Hi there", "ÅÉü"].map((q3) => q3.length).concat((+[])).slice().sort().slice(0, 16);
  let o6 = ([].includes(i1) ? ({ 0: 5e-324 }) : ({ ...({ k1: 10 }), len: i1 }));
  if ((10 >= (i1 ** 10))) {
    o6 = ({ ...({ len: 123.456, 2: 16, ["n" + 2]: 9 }), y: (false ?? 8) });
    o6 = o6;
    if (0 < a2.length) a2[0] = a2.reduce((acc7, x8) => acc7 * x8, 2);
  } else {
    const sa9 = Object.keys(o6);
  }
}
const n10 = (-((1 * 0) - 'MiXeD'.length));
const acc11 = (() => {
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
for (const it12 of [3, 0]) {
  acc11.add('hello'.length);
}
for (let i13 = 0; i13 < 17; i13 += 1) {
  let caught14 = null;
  try {
    var sa15 = ["null"];
  } catch (e16) {
    caught14 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
  } finally {
    for (let i17 = 0; i17 < 12; i17++) {
      let a18 = ["0"].map((q19) => q19.length);
      if (a18.length - 1 < a18.length) a18[a18.length - 1] = (true + 0b101);
    }
  }
  const b20 = true;
}
const n21 = n10;
if (([["abc,def", "null", "3.5"], [], "s", ""] !== null)) {
  let [s22 = "  pad  ", s23, s24 = "line\nbreak"] = ["a-b-c", "  pad  ", "true", "a", "12"].map(p25 => p25);
  const sa26 = "ab".split(", ").map((p27) => s22.slice((-3), 5));
  const s28 = (s24 + "b").slice(2, 6).slice(0, 48);
} else if (Array.isArray(0)) {
  for (let [k30, v31] of Object.entries(({ ...({ 2: 10, a: 3 }), ...({ a: (1 / 0), z_: 6 }) }))) {
    let sa32 = ["  pad  ", '0', "3.5", "a b c"].slice(2);
  }
} else {
  let n33 = Math.floor(n10);
  const [n34 = (-1 / 0), n35, n36] = ["1e3", 'true', "-7"].map((q37) => q37.length);
}
return [n10, n21, ('hello' >= "abc,def")];
