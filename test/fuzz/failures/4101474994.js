// Kitwork fuzz failure, program seed 4101474994
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:00-7
// VM: throw <value>: Error: u:00-7
// replay: node --import tsx test/fuzz/run.ts --replay 4101474994

const acc1 = {
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
let a2 = [32, 3, 2, 4, (-0), 1e21].map((p3) => p3);
const acc4 = (() => {
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
let a5 = a2;
const fs6 = [];
for (let i7 = 0; i7 < 2; i7++) {
  fs6.push((v) => v + i7);
}
if ((6 < 4294967295)) throw new Error("u:" + '-7'.padStart(4, "0"));
if ((false && true)) {
  if ((({ ...({ "y": 9, len: (0 / 0), "k1": (-1.5) }), a: (-0) }) !== (["  pad  ", "0", "ÅÉü", "line\nbreak", "Hi there"] > "s"))) {
    const x8 = null;
  }
} else if (["true"].concat(['a-b-c', "ab", 'a', "a b c", "x,y,z"]).includes('zz'.slice(0))) {
  const a9 = [0, (-1.5e300)].map(p10 => p10);
} else {
  acc1.add(["ÅÉü", "1e3"].length);
  acc1.add([9, 8].reduce((acc11, x12) => acc11 + x12, 1));
}
let s13 = (Math.trunc(acc4.add(42)) + String(a5.length)).slice(0, 48);
for (const it14 of s13.split("")) {
  switch ((0 + s13)) {
    case "hello": {
      let caught15 = null;
      try {
        var n16 = a5.reduce((acc17, x18) => acc17 * x18, 2);
        const s19 = (false ? s13 : "hello");
        if ((it14.length <= 255)) throw [0, 4, 3, (-256), 3, (-20)];
      } catch (e20) {
        caught15 = typeof e20?.message === "string" && e20.message.slice(0, 2) === "u:" ? e20.name + "/" + e20.message : (e20?.name ?? e20);
        const n21 = (s13.indexOf(s13) ** 10);
      }
    }
    case "x,y,z":
    case "ab":
    case "":
  }
}
return [a2, a5, s13];
