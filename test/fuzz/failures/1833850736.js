// Kitwork fuzz failure, program seed 1833850736
// reason: different results
// V8: ok [[3,1],["1","3"],[3,1],null,17,["1","3"],{"0":2,"x":9007199254740992,"c":-4294967295,"len":4,"k1":0},NaN,2]
// VM: ok [[3,1],"3,1",[3,1],null,17,["1","3"],{"0":2,"x":9007199254740992,"c":-4294967295,"len":4,"k1":0},NaN,2]
// replay: node --import tsx test/fuzz/run.ts --replay 1833850736

let a1 = [1, (-9007199254740993), 1, 3].slice((-2));
const f2 = function () {
  if (false) throw "zz";
  try {
    return (5 ** 10);
  } finally {
    if ((false == null)) throw new RangeError("u:bad");
  }
};
const sa3 = a1.map((x4) => `${x4}`);
const f5 = () => 'abc,def'.split(",").map((q6) => q6.length);
const a7 = [...a1.slice(0)].filter((x8) => x8 === x8).sort((x8, y9) => y9 - x8);
let caught10 = null;
try {
  a1 = a7;
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
  let o12 = ({ c: 3 });
  if ((!("true" + '-7'))) throw new TypeError("u:bad");
} catch (e13) {
  caught10 = typeof e13?.message === "string" && e13.message.slice(0, 2) === "u:" ? e13.name + "/" + e13.message : (e13?.name ?? e13);
  const s14 = JSON.stringify("Hi there").slice(2).slice(0, 48);
}
for (var i15 = 0; i15 <= 16; i15 += 1) {
  const memo16 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })(0);
  for (let i17 = 0; i17 < 9; i17 += 1) {
    const { c: n19 } = ({ a: 16, k1: 3 });
    let s20 = "null".repeat(0).split("|").join("").slice(0, 48);
  }
}
const sa21 = sa3;
let o22 = ({ ...({ ...({ 0: 2 }), ...({ x: 9007199254740993, c: (-4294967295), len: 4 }) }), k1: ((-1 / 0) | 0.2) });
if (([].indexOf(i15) == i15)) {
  let { c: n23, len: n24 } = ({ ...({ a: 2, 0: (-1), z_: (-0), c: 3 }), ...({ 2: (-8), a: 31 }) });
  n24 = n23;
} else if (f5().includes((o22.x ?? (-16)))) {
  sa3.sort();
}
return [a1, sa3, a7, caught10, i15, sa21, o22, (+a1), sa21.length];
