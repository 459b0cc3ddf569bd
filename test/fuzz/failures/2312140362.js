// Kitwork fuzz failure, program seed 2312140362
// reason: V8 returned, VM threw
// V8: ok [255,-0.5,9007199254740991,null,[NaN,NaN,NaN,NaN,NaN,NaN,9007199254740991],[7,5,2,6,NaN,25],NaN]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2312140362

let [n1, n2 = (-0.5), n3 = 9007199254740991] = [255];
let caught4 = null;
try {
  const sa5 = Object.keys(({ ["c"]: (-1.5) }));
  if ((n3 <= n2)) throw new Error("u:" + "ab");
} catch (e6) {
  caught4 = typeof e6?.message === "string" && e6.message.slice(0, 2) === "u:" ? e6.name + "/" + e6.message : (e6?.name ?? e6);
}
if ((!({ k1: 6, len: 4294967295 }))) {
  n2++;
  n1 = "x,y,z";
  const f7 = function (p8 = (0 / 0), p9 = [1, 2]) {
    let sa10 = ['single', "b", "abc,def"];
    return p9.slice(3);
  };
}
let a11 = [...[0, 3], ...[(-1 / 0), (0 / 0), 1, 4]].map(p12 => (+"q\"uote")).concat(Math.abs(Math.abs(n3))).slice(0, 16);
let a13 = ["abc,def", "hello", "ab"].concat(["q\"uote"]).map((q14) => q14.length).slice(0, 16);
for (let i15 = 0; i15 < 16; i15++) {
  const n16 = n2;
  const o17 = (((-42) >= 2147483647) ? ({ 0: n3, c: (-10), k1: 1000 }) : ({ ...({ len: 4, k1: 0 }), z_: n3 }));
}
if (a13.length < 40) a13.push((+[0, (-5e-324), (-7), (1 / 0), 1]), (32 + (-7)));
for (let it18 of ["Hi there", "MiXeD", "a b c"].concat([])) {
  const acc19 = (() => {
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
  let a20 = a11.filter(p21 => false);
  for (const it22 of a20) {
    var a23 = a13.map((p24) => (it18.includes("😀x") ? (true ? 2 : (-3)) : (false + (-5))));
  }
}
return [n1, n2, n3, caught4, a11, a13, Math.max(...a11)];
