// Kitwork fuzz failure, program seed 4238537520
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:ABa
// VM: throw <value>: Error: u:ABa
// replay: node --import tsx test/fuzz/run.ts --replay 4238537520

for (let i1 = 0; i1 < 7; i1 += 2) {
  const x2 = `${(({ p: [(-31)].map((p3) => p3), q: { r: ("0" + "back\\slash") } }) ?? ((false ? ({ "y": 2, c: (-2147483648) }) : null) ?? "0".repeat(1)))}`.slice(0, 48);
}
if ([].map((q4) => q4.length).includes("  pad  ".charCodeAt(2))) {
  for (let i5 = 0; i5 < 17; i5++) {
    const n6 = ("hello" + "a b c").indexOf("a".repeat(2));
    for (let it7 of [8]) {
      let b8 = (!["  pad  "]);
      let [n9 = 0.2, ...a10] = Array.from({ length: 0 }, (_, i11) => i11 * 4);
    }
    const { a: n12, x: n13, ...o14 } = ({ len: i5, b: (-1e21), z_: 1, y: (-3.75), ["n" + 2]: (-2) });
  }
  for (let it15 of Object.keys((false ? ({}) : ({})))) {
    if ((false || false)) continue;
    let x16 = (Number.isInteger(4294967295) ? (true ? it15 : it15) : null);
    const sa17 = Object.keys((true ? ({ 2: 10, z_: (-5), "10": (1 / 0), k1: 1 }) : ({ z_: 2, a: 100 }))).slice().sort((x18, y19) => x18.length - y19.length);
  }
} else if ((![(1 / 0), (-1)].map((x20) => `${x20}`))) {
  for (let i21 = 0; i21 < 8; i21 += 1) {
    const sa22 = ["Hi there", "3.5", "a-b-c"];
  }
}
const f23 = () => `${((["line\nbreak"] / ({})) ?? (-1.5))}`.slice(0, 48);
const s24 = ("b" + 'x,y,z').slice(0, 48);
if (Array.from({ length: 1 }, (_, i25) => i25 * 8).includes(("s" ?? 1))) {
  const [n26, ] = [(-9007199254740991), 1, 5e-324].concat([(-2147483648), 0o17, (-0b101)]);
} else if (false) {
  if (((4294967296 + 10) < s24.length)) {
    let n27 = [(-0), (1 / 0)].reduce((acc28, x29) => acc28 + x29, 1);
    var n30 = (s24.length / n27);
  } else if (true) {
    if (((-3) < 9)) {
      const n31 = Math.round((Number(s24) ^ ((-4) - 16)));
    }
    f23();
  }
} else {
  for (let i32 = 0; i32 < 16; i32 += 3) {
    let s33 = ((s24.length != (0 ** 0.5)) ? ((-1 / 0)).toFixed(0).repeat(3) : "null").slice(0, 48);
  }
}
var x34 = ("s" || 0);
const [s35 = 'a', s36 = "12", s37 = "hello"] = [].map((x38) => x38 + "");
if (Number.isInteger(6)) throw new Error("u:" + ("\u0041\x42" + s35));
return [s24, x34, s35, s36, s37];
