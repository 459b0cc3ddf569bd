// Kitwork fuzz failure, program seed 2770936824
// reason: V8 returned, VM threw
// V8: ok [[256,256,5],"true","TRUE",-0]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2770936824

for (let i1 = 7; i1 > 0; i1--) {
  for (let i2 = 8; i2 > 0; i2--) {
    if (("ÅÉü" > "ab")) continue;
    for (var i3 = 0; i3 <= 5; ++i3) {
      const b4 = (false ? 'MiXeD' : "").repeat(2).startsWith(((true ? 3.75 : i3) + "1e3"));
      const s5 = JSON.stringify((4 < i1)).slice(0, 48);
      let o6 = ({ 10: s5.slice(1).charCodeAt(2), 2: 10, ["k" + 1]: 6 });
    }
    let a7 = (false ? [0, 2, 5] : [10]).slice().sort().filter(p10 => (`:${[2, (-256), 0, 2, 10]}x=${["a-b-c", '', 'zz']} end` != "1e3".toUpperCase())).slice(0, 16);
  }
  let caught11 = null;
  try {
    let caught12 = null;
    try {
      const s13 = "b".repeat(3).slice(0, 48);
      if ((s13 >= ({ len: 31, "x": (-255), k1: (-1e3) }))) throw [];
    } catch (e14) {
      caught12 = typeof e14?.message === "string" && e14.message.slice(0, 2) === "u:" ? e14.name + "/" + e14.message : (e14?.name ?? e14);
    }
    if ((2.5 > 9)) throw "-7";
    let x15 = undefined;
  } catch (e16) {
    caught11 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
  }
  const [n17 = 7] = [].concat([2, 3, (-0b101)]);
}
const a18 = [256, 2.5].map((p19) => p19).filter((x20) => x20 === x20).sort((x20, y21) => x20 - y21).slice((-1));
const f22 = (p23, p24) => {
  p24--;
  return ({ c: 0, "a": 1 });
};
if ((undefined === undefined)) {
  const a25 = a18;
} else {
  let a26 = ["\u0041\x42", "a"].map((q27) => q27.length);
}
for (const it28 of "-7".slice()) {
  const acc29 = {
    total: 0,
    items: [],
    add(v) {
      this.total += v;
      if (this.items.length < 32) this.items.push(v);
      return this.total;
    },
    get() { return this.total; },
    list() { return this.items.slice(); },
  };
}
for (const it30 of a18) {
  const o31 = ({ 0: 2, "b": (it30 / (-0)), y: (-7), it30 });
}
if (a18.length < 20) a18.push((+a18), 5);
const s32 = JSON.stringify(true).slice(0, 48);
return [a18, s32, s32.toUpperCase(), (-0)];
