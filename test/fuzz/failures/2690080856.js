// Kitwork fuzz failure, program seed 2690080856
// reason: V8 returned, VM threw
// V8: ok ["b",[]]
// VM: throw TypeError: TypeError: adder1 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 2690080856

const adder1 = (k) => (v) => v - k;
const add2 = adder1((+[7, 123.456]));
for (let i3 = 0; i3 <= 10; i3 += 1) {
  const o4 = ({ 0: 0, 10: 4 });
  if ((typeof (false ? "1e3" : null) === "number")) {
    for (let i5 = 17; i5 > 0; i5--) {
      let { c: n6, x: n7, len: n8 = (-.5), ...o9 } = ({ len: i5, 2: i5, k1: 2 });
      o9 = ({ ...({ k1: (0 / 0), x: 10, a: (-5), c: (-100) }), ...o4 });
      const a10 = [7, 0xff].filter((p11) => true).slice(3, 4);
    }
  } else if ((!o4)) {
    switch ([(-1 / 0), 2, (0 / 0), (-0b101)].indexOf(0.2)) {
      default:
        break;
      case 1: {
        const a12 = ["x,y,z", "-7"].map((q13) => q13.length);
        let a14 = [...(false ? a12 : [(1 / 0), 3, 1.5])].filter((x15) => x15 === x15).sort((x15, y16) => y16 - x15);
        break;
      }
      case 2:
        add2((i3 % i3));
        const a17 = [4, 8];
        break;
      case (0 / 0): {
        let [, n18 = 4, , ...a19] = ["true", "a-b-c"].map((q20) => q20.length);
        var n21 = (i3 % n18);
        break;
      }
    }
    switch (add2(5)) {
      default: {
        const b22 = (o4?.a !== undefined);
        let o23 = o4;
        break;
      }
      case (0 / 0):
        let [s24 = "x,y,z", s25, s26 = "0"] = "".split("-");
        s24 = (s24 + s24.toUpperCase()).slice(0, 48);
        break;
    }
  }
  let x27 = null;
}
var s28 = ("a b c".padEnd(7, "0").padStart(9, "")[2] ?? "a-b-c");
for (let i29 = 0; i29 < 3; i29++) {
  if (([(1 / 0), 8, 6, 5, (-31)].includes((0 / 0)) && (i29 < i29))) break;
}
const sa30 = ["0"].filter(p31 => (false && false));
for (const it32 of sa30) {
  if (((it32 === false) || (5e-324 >= (-1)))) {
    add2((2147483648 * 9));
    const sa33 = sa30.concat(["😀x", "x,y,z", "MiXeD"].map((p34) => "abc,def")).slice(0, 16);
  } else {
    let sa35 = ['12', "12", "MiXeD", "null"];
  }
}
return [s28, sa30];
