// Kitwork fuzz failure, program seed 470750511
// reason: V8 returned, VM threw
// V8: ok [4,"ABHi there😀xHi there😀x",undefined,"null","-20",false]
// VM: throw TypeError: TypeError: String is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 470750511

function f1(p2) {
  let a3 = p2;
  if (false) throw new TypeError("u:range");
  p2.pop();
  return `${[({ ...({ y: 0 }), k1: 4294967295 }), '-7'.repeat(0)]}`.slice(0, 48);
}
let n4 = ['1e3', 'zz'].length;
let s5 = "\u0041\x42".slice((-3), 6);
for (const it6 of s5) {
  const s7 = String((({ "y": 7, x: (-0), 0: (0 / 0) }) - false)).split("|").join("").slice(0, 48);
  switch ((-0)) {
    case 2:
      switch ((n4 ** 0)) {
        case "1":
          var a8 = [...[], ...[(-7)]].slice(0, 16);
          if (a8.length - 1 < a8.length) a8[a8.length - 1] = "-7".length;
          break;
        case (-1): {
          var a9 = [(0 / 0), 0, 7, 1e21].filter((p10) => false).filter((p11) => ("b" != "12"));
        }
        case 0:
          s5 = (n4 + s5).slice(1).slice(0, 48);
          break;
        case 3:
      }
    case (-0): {
      s5 = (s5 + ("Hi there" + "😀x")).slice(0, 48);
      if ((s7 != "hello")) {
        if ((({ c: (-0) }) === null)) continue;
      } else {
        var s12 = ["😀x", "Hi there", "  pad  ", "b"].map((q13) => q13.length).join().slice(0, 48);
      }
      break;
    }
    case 0:
      let [s14 = "\u0041\x42", s15, s16 = "back\\slash"] = ["Hi there", "0", "1e3"].map(p17 => "abc,def");
      var a18 = [(0 / 0), 8, n4, n4, 9007199254740993].map((p19) => (p19 + p19));
      break;
    case "1":
      const a20 = [0, (0 / 0), 9, 5].map(p21 => (p21 % n4));
      for (var i22 = 0; i22 < 6; ++i22) {
        --n4;
        var n23 = (-(+it6));
        const s24 = ("3.5" + a20).slice(0, 48);
      }
      break;
  }
  ++n4;
}
let { a: n25, b: n26 } = ({ k1: n4, 2: (-65535) });
n26 = (undefined ?? "null");
return [n4, s5, n25, n26, `-${[20]}`, false];
