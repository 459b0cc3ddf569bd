// Kitwork fuzz failure, program seed 240477343
// reason: different results
// V8: ok ["q\"uote","ab, b, hello, zz",NaN]
// VM: ok ["q\"uote","9,10,7,0",NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 240477343

const s1 = "q\"uote";
if (((0 ** 0) >= ((-0) % (-0)))) {
  let n2 = (-42);
}
let s3 = ["zz", "hello", "b", "ab"].slice().sort().join(", ").split("-").join(", ").slice(0, 48);
switch ((10 ** 0)) {
  default:
  case 3:
    let w6 = 0;
    while (w6 < 7) {
      w6 += 1;
      const [n7 = 10, n8 = (1 / 0), n9] = ['zz', "a b c", 'ÅÉü', 'a-b-c'].map((q10) => q10.length);
      const s11 = (s3[1] ?? "MiXeD").split("|").join("");
    }
    break;
  case (0 / 0):
    var s12 = `x=${((255 - (0 / 0)) * ((-8) * 10))}-${((true || false) && (4 != 4))} end`.slice(0, 48);
    const o13 = ({ ...({ x: (-0), "a": 31, "b": 0.2 }), len: (-3) });
    break;
  case 1: {
    let b14 = ((Math.ceil(2.5) === ((-1e3) % 0)) && (!(-6)));
    const s15 = (s1 + s1).slice(0, 48);
    break;
  }
}
if (("MiXeD" <= s1)) {
  const acc16 = (() => {
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
  if (Number.isInteger(Math.trunc(9))) {
    switch (((-1 / 0) >>> 7)) {
      case 10: {
      }
      default:
        let b17 = (7 !== 5);
        break;
      case 3:
        const { c: n18 = (-2), ...o19 } = ({ z_: 0.2 });
        const { b: n20 = 7 } = ({ "0": 0, a: (-1 / 0), b: (-16) });
        break;
    }
    s3 ||= JSON.stringify(({ b: 8, x: (-2147483647), y: 123.456, 0: (-1 / 0) })).slice(0, 48);
  } else if ((true && false)) {
    const s21 = s1.split(" ").join().slice(0, 48);
  }
}
return [s1, s3, (+[9, 10, 7, 0])];
