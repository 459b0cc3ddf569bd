// Kitwork fuzz failure, program seed 2964398797
// reason: V8 returned, VM threw
// V8: ok [9007199254740991,"a b c",false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2964398797

const f1 = (p2, p3 = [1, 2], p4) => (Array.isArray(0) && ("back\\slash" > ""));
f1([2, 1e-7, 1000, .5, 4].filter(p5 => true), [10].map(p6 => p6), (-9));
for (let i7 = 0; i7 <= 10; ++i7) {
  const x8 = `${(({ ["n" + 2]: 1e21 }) + ({ p: null, q: { r: (false ? "12" : '1e3') } }))}`.slice(0, 48);
}
for (let i9 = 0; i9 <= 13; i9++) {
  if ([3, 7, (-2147483648), (-1e-7), 3].map((p10) => p10).includes((+[]))) {
    if (["-7", "a-b-c", "MiXeD"].includes("Hi there")) {
      const x11 = ["back\\slash", 'single', "MiXeD", "Hi there"];
      const a12 = [];
      const n13 = Math.min(...a12);
    } else if (f1(["MiXeD"].map((q14) => q14.length), (false ? [] : [10, .5, 7, (-.5), 0, 6]), (-0.2))) {
      const n15 = Math.abs(1);
      const n16 = ([].includes('0') + i9);
    }
  } else if ((!({ 10: (-9007199254740993) }))) {
    var a17 = [1, 4, 4, i9, 1e-7, 2].slice().sort();
  } else {
    let b20 = true;
  }
}
const n21 = (+[9007199254740991].filter((p22) => ((-255) < p22)));
for (let it23 of ("MiXeD" + "-7")) {
  const sa24 = Object.keys((false ? ({ c: 10, 10: 4, "k1": 7 }) : ({}))).map(p25 => ` ${false} end`.toUpperCase().slice(0, 48)).slice(0, 16);
}
const adder26 = (k) => (v) => v + k;
const add27 = adder26([].reduce((acc28, x29) => acc28 * x29, 0));
function rec30(n) {
  if (!(n > 1)) return 1;
  if (n > 12) n = 12;
  return n * rec30(n - 1);
}
for (let i31 = 13; i31 > 0; i31--) {
  var a32 = Array.from({ length: 6 }, (_, i33) => i33 * (-0)).concat([(0 / 0), ...[7, 8].filter((x34) => x34 === x34).sort((x34, y35) => x34 - y35), ...[1e3, n21, (-4294967295), 1000]]).slice(0, 16);
  for (let i36 = 0; i36 < 10; i36 += 3) {
    const o37 = ({ ...({}), ...({}) });
    if ((n21 < 123.456)) {
      let b38 = (("q\"uote" + false) === String([(-10)]));
      const o39 = o37;
      if (0 < a32.length) a32[0] = (~i31);
    }
    if ((!1_000)) continue;
  }
  if (((-i31) == 7)) {
    if (([].map((p40) => 6) >= Math.round(n21))) {
      if (a32.length < 40) a32.push(i31, Math.max());
      rec30(Math.ceil((-4294967295)));
    } else {
      const [s41 = 'null', s42 = "-7", s43 = "ab"] = "true".split(" ");
    }
    let o44 = ({ 0: 5, k1: 2.5 });
  } else if ((true && true)) {
    const b45 = ("a b c" != (typeof n21));
  } else {
  }
}
return [n21, "a b c".repeat(1), (!({}))];
