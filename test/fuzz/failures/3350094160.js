// Kitwork fuzz failure, program seed 3350094160
// reason: V8 returned, VM threw
// V8: ok ["MiXeDMiXeD"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3350094160

let s1 = "MiXeD".repeat(2).slice(0, 48);
for (let i2 = 9; i2 > 0; i2--) {
  const n3 = ([JSON.stringify(["Hi there", 'a b c', '3.5']), ["  pad  ", 'Hi there', 'abc,def', "line\nbreak", "😀x"].map((q4) => q4.length), i2] ?? Math.max());
  const f5 = function (p6 = 'ab', ...rest7) {
    rest7 = rest7;
    rest7 = (false ? rest7.slice().sort() : rest7);
    if (true) {
      var o10 = ({});
      if ((['-7', "  pad  ", "ab", ""].map(p11 => s1) == (n3 !== n3))) {
        const s12 = "line\nbreak".split("").join(" ");
        if (3 < rest7.length) rest7[3] = (-7);
      } else if ((typeof true === "boolean")) {
        if (rest7.length < 8) rest7.push((2147483647 & n3));
        var n13 = (-"\u0041\x42".charCodeAt(3));
      } else {
        s1 = ("" + s1).slice(0, 48);
        const x14 = null;
      }
    } else if ([2, 1e-7, (1 / 0), 1e3, 9].includes(i2)) {
      const { len: n15 = 1, a: n16 } = ({});
      if (false) {
        let b17 = ("x,y,z" + s1).split("").includes('ÅÉü'.split(",").join(","));
      }
    } else {
      rest7.pop();
    }
    const a18 = [].filter((p19) => ([] === rest7)).map((p20) => (true ? (i2 / 0) : (-(-2147483648))));
    try {
      return a18;
    } finally {
      if (false) {
        var n21 = ["12", "0", "ab", "0", "Hi there"].map(p22 => p6).slice((-2)).length;
        const b23 = false;
        var sa24 = ["x,y,z", "null", "0", '  pad  '];
      } else {
        const o25 = (((!({ b: 1, 0: 0, "len": (-0) })) || (!false)) ? ({}) : ((3 >= n3) ? ({ ...({ 2: 2.5, 0: 6 }), ...({}) }) : ({})));
      }
    }
  };
  for (let i26 = 18; i26 > 0; i26--) {
    f5((i2).toFixed(3));
    var n28 = (Number.isInteger((i2 ** 0)) ? 1 : 0);
    let s29 = `:${[20, 20, 9]} end`.slice(0, 48);
  }
}
if ((![false, 1, ({}), false])) {
  const n30 = (+'single');
  for (let i31 = 12; i31 > 0; i31--) {
    switch ("3.5".split(",").join(" ")) {
      case "a":
        let sa32 = Object.keys(({ y: 1, k1: 8 })).map(p33 => "😀x".slice());
        break;
      default:
        break;
    }
  }
}
return [s1];
