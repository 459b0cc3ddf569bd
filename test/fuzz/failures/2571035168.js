// Kitwork fuzz failure, program seed 2571035168
// reason: different results
// V8: ok [[],true,[],NaN]
// VM: ok [[],"[object Object]",{},NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 2571035168

if (["q\"uote", "", "0", "a b c", "1e3"].includes("null".toUpperCase())) {
  const n1 = (false ? (2.5 % 4) : "line\nbreak".length);
  const s2 = "MiXeD".slice();
  const x3 = `${[(s2 + s2), (false ? s2 : s2), (8 >= n1), [5, 10, (-42)].includes(n1)]}`.slice(0, 48);
} else {
  switch (Math.max()) {
    case (-1): {
      let sa4 = ["0"].map((p5) => p5);
      sa4.sort();
    }
    default:
      var o6 = ({ "b": ((false ? 0 : 3) % (~0)), 2: (((-2147483648) + (1 / 0)) ** 10), len: (-1 / 0) });
      const x7 = (({ p: "1e3", q: { r: [0, 42, (-0.2), 6] } }) && (typeof null === "undefined"));
      break;
    case (0 / 0):
      let s8 = "q\"uote".padStart(1, "ab");
      break;
    case "1":
  }
  for (const it9 of []) {
    let caught10 = null;
    try {
      let b11 = ("true" + "Hi there").split("-").includes(`a${""}`.split(" ").join("|"));
      if ((([.5] >= 9) || (it9 >= (-1e-7)))) throw new RangeError("u:range");
    } catch (e12) {
      caught10 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
    }
    for (const it13 of []) {
      let n14 = ((0 >> "\u0041\x42".length) * [4294967295, 8, (-0), 10, 9].join(" ").length);
      let { c: n15, b: n16 = 8 } = ({ 10: (0 / 0) });
    }
    let a17 = [it9, 2, (0 / 0), 2, (-1000), (-.5)];
  }
}
if ((![10, 1.5e300, 0, 0].concat((-2.5)))) {
  const acc18 = {
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
  for (let i19 = 0; i19 <= 2; i19++) {
    const o20 = (true ? ({ 10: 9007199254740993, c: 4, a: 7, y: 9 }) : ({}));
    let [n21 = 100] = Object.entries(o20).map((e22) => e22[1]);
  }
}
var a23 = [...[8, 5].filter(p24 => false).filter(p25 => false), ...Array.from({ length: 4 }, (_, i26) => i26 * 2147483648).filter(p27 => false)].slice(0, 16);
const b28 = (true && true);
let a29 = a23;
return [a23, b28, a29, (+({}))];
