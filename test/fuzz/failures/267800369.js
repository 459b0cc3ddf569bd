// Kitwork fuzz failure, program seed 267800369
// reason: V8 returned, VM threw
// V8: ok [[-1e+21,5e-324,255,-1.6e+22],[-1e+21,5e-324,255,-1.6e+22],1e+21,"object","object"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 267800369

let a1 = [2, 5, 4, 16, 8, 4].concat([1000, (1 / 0), 9]).slice(0, 16);
for (let i2 = 0; i2 <= 13; i2 += 1) {
  const memo3 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })(Math.min());
}
const n4 = (("b" == "ÅÉü") ? (1 << (1 / 0)) : Math.round(0xff));
const o5 = ({ ...({}), k1: a1.map((p6) => p6).indexOf((+a1)) });
a1 = [...a1, ...[20]].slice(0, 16);
a1 = [(-1e21), 5e-324, n4, 16];
let { b: n7 } = o5;
const a8 = a1;
if (a8.length - 1 < a8.length) a8[a8.length - 1] *= (a8[(-16)] ?? (-1e21));
delete o5["y"];
const f9 = (p10, p11 = 3.75) => ['0', "1e3", "tab\tend", "ab", ""].map((p12) => p10);
const acc13 = (() => {
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
let n14 = (-(a1[(+false)] ?? (-123.456)));
const f15 = function (p16, p17, ...rest18) {
  let o19 = ({ "10": 5, 0: 1e-7, "len": (-0) });
  return (["ab", "null", '1e3'].join("") + ("Hi there" + "back\\slash")).slice(0, 48);
};
for (let it20 of a8) {
  o5["z_"] = Math.trunc((-5e-324));
  ++n14;
}
const s21 = (typeof o5);
return [a1, a8, n14, s21, (true ? s21 : s21)];
