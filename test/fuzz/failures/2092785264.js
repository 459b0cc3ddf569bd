// Kitwork fuzz failure, program seed 2092785264
// reason: different results
// V8: ok [2147483647,19,false,NaN]
// VM: ok [2147483647,"[object Object]",{},NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 2092785264

for (let i1 = 15; i1 > 0; i1--) {
  switch ((i1 % 7)) {
    case 0: {
      let w2 = 0;
      do {
        w2++;
        let b3 = ("  pad  " + "  pad  ").startsWith(`-${['  pad  ']}:${i1}:${"true"}!`);
      } while (w2 < 7);
      break;
    }
    case 10: {
      let s4 = (typeof "b");
      const { b: n5 = 7, ...o6 } = ({ z_: (-42) });
    }
    default: {
      var s7 = "MiXeD".toUpperCase();
      let a8 = [(-5), 5e-324, 9007199254740991, 100].map((p9) => i1).filter(p10 => false);
      break;
    }
    case (-1):
      const b11 = (i1 == Math.round((undefined ?? 0)));
  }
  const fs12 = [];
  for (let i13 = 0; i13 < 3; i13++) {
    fs12.push((v) => v * i13);
  }
  for (const it14 of 'single'.split("-")) {
    switch ((5 / (-8))) {
      case 0:
        break;
      case "1":
        const o15 = ({ ...({ "0": 1, k1: 8, 2: (-5e-324), len: 42 }), ...({ ...({}), c: 0 }) });
        break;
      case 2:
        const n16 = i1;
    }
    let o17 = ({ b: i1, a: (-100), "0": 16, "z_": (-1.5) });
  }
}
const { x: n18 = 3 } = ({ ...({ y: 31, x: (-2.5), c: 9 }), ...({ len: 2147483647, "x": 2147483647, c: 0o17 }) });
for (var i19 = 0; i19 <= 18; i19++) {
  for (let i20 = 0; i20 < 7; ++i20) {
    let n21 = [1, 5, 0.2].length;
    switch ((8 + "1e3")) {
      case "hello": {
        var a22 = [(-10), 5, i20, (-2147483647)].map(p23 => 1.5).concat([...[6, 3, 2147483647, (0 / 0), (-0)].concat(n18), ...[(0 / 0), (0 / 0), (-10), 5, 1, 2].filter((x24) => x24 === x24).sort((x24, y25) => x24 - y25)]).slice(0, 16);
        break;
      }
      case "ab":
        let b26 = (typeof ({})).startsWith((typeof "s"));
        n21 &= ((0 / 0) | (-1000));
        break;
    }
  }
}
return [n18, i19, ("12" === "line\nbreak"), (+({}))];
