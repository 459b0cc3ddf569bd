// Kitwork fuzz failure, program seed 2888358926
// reason: V8 returned, VM threw
// V8: ok [[0],"-0.5a b c",0,0,-0.1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2888358926

const a1 = [9007199254740991, (-2147483647), 10, 32, (-0), 1000].slice(3, 1);
if ((true == ({ 2: 1 }))) {
  const acc2 = {
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
  if (a1.length < 40) a1.push(['Hi there', "-7", "true"].length, (+false));
  for (const it3 of ["zz", "back\\slash", "true", 'single', "abc,def"]) {
    let o4 = ({ ...({ "z_": 31 }), z_: it3.indexOf("q\"uote") });
  }
} else {
  const f5 = function (p6 = 9007199254740993, p7 = 5, p8) {
    const { a: n9 = 2, len: n10, ...o11 } = ({ k1: p6, len: 5, b: (-9007199254740993), ["c"]: 1 });
    if (p8.includes(p7)) {
      p7 = a1.pop() ?? 100;
      p6 = n9;
      for (const [k13, v14] of Object.entries(({ ...o11, "z_": 7, 10: (1 / 0) }))) {
        o11["10"] ??= (p7++);
      }
    }
    --p7;
    --p7;
    return a1;
  };
}
let s15 = ((-.5) + "a b c").slice(0, 48);
if (a1.length < 64) a1.push((+a1));
for (let i16 = 0; i16 < 7; i16++) {
  if ((true || false)) continue;
}
for (let i17 = 19; i17 > 0; i17--) {
  var o18 = ({ ...({}), x: ["ÅÉü", "tab\tend"].slice((-1)).length });
  let s19 = [9, 10, 0b101].join(" ").slice(0, 48);
  const n20 = Math.floor((+(s19 <= s15)));
}
const n21 = a1.filter((p22) => false).map(p23 => (p23 ** 1)).length;
const f24 = function () {
  let a25 = a1.filter((x26) => x26 === x26).sort((x26, y27) => x26 - y27);
  const o28 = ({ ...({ 0: (0 / 0), x: 16, y: (-10) }), ...({ ...({ a: 65535, k1: 9 }), ...({ 10: 0b101, y: 4, len: 3 }) }) });
  let s29 = s15.toUpperCase();
  if ((typeof ({ p: s29, q: { r: 4 } }) === "object")) {
    if (("  pad  " >= "ÅÉü")) {
      let s30 = `${"😀x".split(" ")} ${[...a1, ...a1]}`.split("|").join(",").slice(0, 48);
      let b31 = (4294967296 != n21);
    } else {
      if ((1e3 != n21)) return "Hi there".split(", ");
      const a32 = [...[...[(-4), 256, 1, 255, 1, (-5)], ...a1].map((p33) => p33), ...[...a25, ...[(-.5), 5, n21, (-42), 10]]].slice(0, 16);
    }
  }
  return ["😀x", "  pad  ", "MiXeD"].slice().sort((x34, y35) => x34.length - y35.length);
};
return [a1, s15, n21, (+a1), (n21 + (-0.1))];
