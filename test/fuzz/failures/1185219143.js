// Kitwork fuzz failure, program seed 1185219143
// reason: V8 returned, VM threw
// V8: ok [NaN,[NaN,NaN,NaN,NaN,NaN],[undefined,null],false]
// VM: throw TypeError: TypeError: Cannot read properties of undefined (reading 'indexOf')
// replay: node --import tsx test/fuzz/run.ts --replay 1185219143

for (let i1 = 0; i1 < 8; i1 += 3) {
  for (const it2 of [0.5, 3, 1.5e300]) {
    for (let i3 = 7; i3 > 0; i3--) {
      const n4 = it2;
    }
    var a5 = [8, ...[(-0xff), 2147483648, 32, 7, (-0), (0 / 0)].filter((p6) => false), ...[0.2, 0b101].filter(p7 => false)].filter(p8 => ("a-b-c".indexOf("q\"uote") < ((-0) * it2))).slice(0, 16);
    for (let i9 = 7; i9 > 0; i9--) {
      const [s10 = "ab", s11 = "abc,def", ...sa12] = 'ÅÉü'.split(" ");
    }
  }
  let o13 = ({ ...({ "10": 0b101, "2": (i1 % i1) }), ...((i1 >= i1) ? ({ 2: 3, z_: (-0b101), k1: i1 }) : ({ c: (-2147483648) })) });
}
const [n14, ...a15] = [3, 16, (-42), 8, (1 / 0), 8].map(p16 => (0 / 0));
const f17 = (p18, p19, p20 = 3.75, ...rest21) => {
  const n22 = (p20 - (-0b101));
  let w23 = 0;
  while (w23 < 10) {
    w23++;
    let x24 = n14;
    var s25 = ((["zz"].includes("0") && ["", "tab\tend", "ab", "3.5"].includes(p19)) ? ("abc,def".repeat(3) + p19) : (p19 + p19).repeat(1)).slice(0, 48);
    let b26 = ([255, p18, 10, 6].reduce((acc27, x28) => acc27 * x28, 2) == (100 << p19.length));
  }
  p18 = (rest21.indexOf(p20) * (-p18));
  let x29 = n14;
  return rest21.includes(p18);
};
if (f17(Math.max(...a15), "hello".padEnd(3, "*"))) {
  let { b: n30 = 1_000 } = ({ ...({ 0: (-1e-7), k1: 9, x: 10, a: 9007199254740993 }), ...({ "len": (-123.456), x: 7, 2: (-2.5) }) });
  const acc31 = (() => {
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
  let { c: n32, b: n33 = (1 / 0) } = ({ 2: 0.5 });
} else if (f17(4, ("1e3" + "null"), Math.trunc(4))) {
  let caught34 = null;
  try {
    const b35 = (typeof n14 === "undefined");
    let o36 = ({ ...(true ? ({}) : ({ y: 3 })), len: a15.length });
    if (`a${5}!`.includes("a b c".split(",").join("-"))) throw undefined;
    if ((((-0.1) ^ 10) != (o36["2"] ?? 7))) throw null;
  } catch (e37) {
    caught34 = typeof e37?.message === "string" && e37.message.slice(0, 2) === "u:" ? e37.name + "/" + e37.message : (e37?.name ?? e37);
  }
}
let x38 = [n14?.p, (null && false)];
return [n14, a15, x38, (typeof undefined === "number")];
