// Kitwork fuzz failure, program seed 1840647309
// reason: different results
// V8: ok ["hello",[],4,0,NaN]
// VM: ok ["hello","10,3.75",[10,3.75],0,NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 1840647309

var x1 = undefined;
const f2 = (p3) => (typeof (null || p3) === "undefined");
let sa4 = ["line\nbreak", "ab", "abc,def"].filter((p5) => false);
f2(("b"[0] ?? ""));
f2("😀x".charAt(1));
if ((1e3 >= (-1 / 0))) {
  if ([1, 1000].includes((-0o17))) {
    let caught6 = null;
    try {
      let b7 = (true && false);
      b7 = ((undefined || []) === undefined);
    } catch (e8) {
      caught6 = typeof e8?.message === "string" && e8.message.slice(0, 2) === "u:" ? e8.name + "/" + e8.message : (e8?.name ?? e8);
      const a9 = [(false ? (0 / 0) : 9), 2147483648, 32, (-1.5)];
    }
    let { c: n10 = 7, a: n11 } = (false ? ({ y: (-5e-324), "b": (-100), c: 6, 2: (1 / 0) }) : ({ x: 10 }));
    let x12 = caught6;
  } else {
    let n13 = (((x1 && false) === null) ? ((!"true") ? [4].reduce((acc14, x15) => acc14 + x15, 2) : ((-1 / 0) % 3.75)) : Math.min("tab\tend".indexOf("3.5"), Math.sign(7), ((-0.5) / (-3))));
    x1 ??= (true ? "hello" : "true");
  }
}
switch (`\n${[(-3), 4, 4294967296, 5]}a${false}`) {
  default:
    for (const it16 of (typeof 7)) {
      for (const it17 of [5]) {
        sa4.pop();
      }
    }
    let caught18 = null;
    try {
      let a19 = [(0 / 0), 8, 0].slice().sort();
      if (false) throw undefined;
    } catch (e22) {
      caught18 = typeof e22?.message === "string" && e22.message.slice(0, 2) === "u:" ? e22.name + "/" + e22.message : (e22?.name ?? e22);
      for (const it23 of ("1e3" + '3.5')) {
        const b24 = (false || true);
        const a25 = [2, 5, (-0), (-2), 1].map((p26) => ((-0) % (0 / 0)));
        if ((1e3 != (-9007199254740993))) continue;
      }
    }
    break;
  case "":
    break;
}
const n27 = Object.keys(({ x: (-3.75), k1: (-5), "b": 5, c: 2147483648 })).length;
for (var i28 = 4; i28 > 0; i28--) {
  function f29() {
    const a30 = [...[(-65535)].filter((p31) => false), ...[(-0.5), ...[7], ...[7, (-1 / 0), 100, 8, 0xff, (-0)]]].slice(0, 16);
    if ((i28 == n27)) {
      sa4 = ['a b c'];
      sa4 = 'zz'.split("|");
    } else if ((Math.trunc(n27) > ((-0.2) & 8))) {
      const s32 = ("-7" + ({ c: 10 })).slice(0, 48);
    }
    return ({});
  }
}
return [x1, sa4, n27, i28, (+[10, 3.75])];
