// Kitwork fuzz failure, program seed 2026455553
// reason: V8 returned, VM threw
// V8: ok [0,15,8,[],false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2026455553

function rec1(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec1(n - 1) + rec1(n - 2);
}
const f2 = (p3) => {
  if ((9 <= 2)) {
    let caught4 = null;
    try {
      const sa5 = (false ? "abc,def" : "MiXeD").padEnd(4).split("|");
      p3++;
      ++p3;
    } finally {
      var sa6 = "a b c".split(",");
      var s7 = (sa6[3] ?? '3.5');
    }
    let a8 = ((0.5 >= p3) ? (true ? [6, 8, 0.1] : [6]) : (true ? [(-4294967295), 3, 16] : [4294967296, 5, 1, 65535])).filter((x9) => x9 === x9).sort((x9, y10) => x9 - y10);
  } else if ((p3).toFixed(0).includes("Hi there".toUpperCase())) {
    let n11 = ((~"3.5".indexOf("  pad  ")) ** 3);
  } else {
    let [n12, n13, ...a14] = ["  pad  ", "null", "line\nbreak", "abc,def"].map((q15) => q15.length);
  }
  for (let i16 = 5; i16 > 0; i16--) {
    const n17 = .5;
    if ((!(undefined ?? "1e3"))) throw new Error("u:" + "Hi there".repeat(2));
  }
  return Object.keys(({}));
};
let n18 = (Math.trunc("ab".length) % ["hello", "a-b-c", "zz", "a b c", "ab"].map((q19) => q19.length).indexOf((+({}))));
const f20 = (p21, p22, p23) => ["MiXeD", "\u0041\x42", "tab\tend"].map((p24) => 'abc,def');
let [n25 = 0o17, n26 = 8, ...a27] = [].slice().sort();
function rec30(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec31(n - 1);
}
function rec31(n) {
  return n > 0 ? rec30(n - 1) : false;
}
function rec32(n) {
  if (!(n > 1)) return 1;
  if (n > 12) n = 12;
  return n * rec32(n - 1);
}
function f33() {
  for (let i34 = 0; i34 <= 17; ++i34) {
    a27 = [1.5, 4, (-4294967295), 4294967296, 3, 5].map((p35) => n18);
    for (let i36 = 0; i36 < 15; ++i36) {
      const s37 = `a${false}\`q`.slice(0, 48);
    }
    let n38 = (false + (-0.2));
  }
  n25 = (n26 -= Math.min(...a27));
  return (n26 *= n25);
}
return [n18, n25, n26, a27, (n25 === (-65535))];
