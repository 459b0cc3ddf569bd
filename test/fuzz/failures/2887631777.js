// Kitwork fuzz failure, program seed 2887631777
// reason: V8 returned, VM threw
// V8: ok [",-1.5,-255MiXeD5:falsex=3,10,NaN,-1.5,-255MiXeD5",0,10]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2887631777

switch ((1 + "")) {
  default: {
    const f1 = (p2) => {
      const o3 = ({ ...(false ? ({}) : ({ "b": 255 })), ...({}) });
      return "-7";
    };
    break;
  }
  case "a":
    const b4 = false;
    break;
  case "x,y,z":
    let w5 = 0;
    while (w5 < 18) {
      w5 += 1;
      let sa6 = "ÅÉü".toUpperCase().split(", ");
    }
    const o7 = ({ b: ((false ?? [7, (0 / 0), 0, 1]) ?? [1000, 10, (-1), 0.1, 32].reduce((acc8, x9) => acc8 * x9, 1)), "k1": [0, 9, 1, (-10), 3, 3].filter((x10) => x10 === x10).sort((x10, y11) => x10 - y11).length, x: 6, y: 10 });
  case "hello": {
    let a12 = (false ? [(-0xff), 42, 7] : [(-4294967295)]).map((p13) => "0".length);
    if (a12.length < 40) a12.push((-5));
    break;
  }
  case "0": {
    let w14 = 0;
    do {
      w14++;
      let a15 = [7, ...[32, 123.456, (0 / 0), 9, 1e3, 0o17].map(p16 => p16).filter((p17) => (p17 <= (-0))), ...[2147483647, ...[], ...[]].map((p18) => [].length)].slice(0, 16);
      for (const it19 of Object.keys(({ ...({ "x": 255, k1: (-3), len: (1 / 0), z_: 0 }), k1: 9 }))) {
        let n20 = it19.indexOf(it19);
      }
    } while (w14 < 12);
  }
}
let s21 = ([9007199254740991, 6, 7, 0.1].length + (false ? "b" : "tab\tend")).slice(0, 48);
s21 = `:${false}x=${[3, 10, (0 / 0), (-1.5), (-0xff)]}`.slice(0, 48);
const f22 = (p23, p24, ...rest25) => ["3.5", "true", "3.5", "hello"].filter(p26 => true);
const f27 = () => s21.split(", ").map(p28 => [9].join(",").slice(0, 48)).slice(0, 16);
for (const it29 of Object.keys(({ ...({ y: (-5e-324), len: 9 }), c: 9 }))) {
  const s30 = it29.slice(3, 2);
}
s21 = (s21 + ("MiXeD" + (5 << (-1 / 0)))).slice(-48);
s21 = (s21 + s21.padStart(7, "ab")).slice(-48);
for (var i31 = 18; i31 > 0; i31--) {
  for (const it32 of Object.keys(({ ...({}), z_: (-2.5) }))) {
    if ((i31 < (-7))) {
      s21 = ` ${(true ? "x,y,z" : s21)}a${[].filter(p33 => true)}\`q`.slice(0, 48);
      var s34 = it32.toUpperCase();
      let [n35, ...a36] = [4, (-0.2), 10].map(p37 => 1e3);
    }
    let s38 = ["ab", "1e3"].map((q39) => q39.length).join("-").slice(0, 48);
  }
  const x40 = ({ p: ({ y: 5e-324, c: 10, "a": 1, z_: i31 }), q: { r: [10, 3.75, 6, 3.75, (-0xff), 5].map((p41, i42) => p41) } });
  let b43 = [(-1), 6, 5].slice().sort().includes(((i31 + 1) - (+[6])));
}
return [s21, i31, (i31 ^ 10)];
