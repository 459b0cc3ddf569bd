// Kitwork fuzz failure, program seed 4087719225
// reason: V8 returned, VM threw
// V8: ok ["TRUE",-998,"😀x"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 4087719225

if (("true" + "line\nbreak").startsWith("-7".padEnd(8))) {
  function f1(p2) {
    const { a: n3 = 0.2, len: n4 = 5, b: n5 = (-0) } = (true ? ({ k1: 7, 10: (-0) }) : ({}));
    let [s6 = "b", s7 = "Hi there"] = Object.keys(({ 0: 0, "a": 1e21 }));
    let s8 = "Hi there".slice();
    return (false ? ({ 0: .5, z_: 7, 10: 1.5e300 }) : ({ x: 1, b: (-65535), y: (-3), 0: 0b101 }));
  }
}
let s9 = "true".split(", ").join("").toUpperCase();
for (let i10 = 0; i10 < 19; ++i10) {
  const f11 = (p12, p13) => [(-p13), 5, (p13 - p13), p13, 8, (-4294967295)];
  const s14 = `a${i10}!`.repeat(2).slice(5).slice(0, 48);
  s9 ||= (s14 + s9).slice(0, 48);
}
if ([(-10), 0, (-3), 2].slice(1).includes((+[9, 42]))) {
  let b15 = Array.isArray(false);
} else {
  let n16 = ((s9.indexOf(s9) !== ((-0.1) % 42)) + (typeof false).length);
  const n17 = n16;
}
for (let it18 of 'a-b-c'.split("|")) {
  let caught19 = null;
  try {
    for (let i20 = 0; i20 <= 16; i20 += 1) {
      var n21 = (Math.max() - i20);
      let n22 = i20;
    }
    const n23 = Math.max();
    if (((n23 + "a b c") === (n23 <= 3))) throw (9 >>> n23);
  } catch (e24) {
    caught19 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
    let [n25 = 9, ] = (true ? [(1 / 0), 4] : []);
  } finally {
    let w26 = 0;
    while (w26 < 5) {
      w26 += 1;
      const x27 = undefined;
      var a28 = [...[6, 2.5, (-1 / 0), 3.75, 9], ...[(1 / 0), 65535, 65535, 7, .5]].slice(0, 16);
    }
    for (const it29 of [(-0b101), w26, 4294967295, 4, w26]) {
      let x30 = ["a-b-c", "ab", false, [2147483648]];
      if ((it29 >= (-16))) continue;
    }
  }
}
return [s9, [(-0), 1000].reduce((acc31, x32) => acc31 - x32, 2), (false ? 'single' : "😀x")];
