// Kitwork fuzz failure, program seed 2071576519
// reason: V8 returned, VM threw
// V8: ok [1.844674407370968e-45,"AB-70",false,["n2"],"[\"abc,def\",\"-7\"]",true]
// VM: throw TypeError: TypeError: f2 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 2071576519

let n1 = [123.456].length;
const f2 = function (p3, p4, p5 = 10) {
  if (([4, 3.75].indexOf(0.5) <= (n1 % p4))) {
    if (true) {
      let a6 = [p4];
      p4 = a6.pop() ?? 31;
    } else if ((![3, (-10), (0 / 0), (-8)])) {
      let { c: n7 } = (false ? ({ a: 32, 10: 0, len: 8 }) : ({ x: 6, y: 65535 }));
    } else {
      [p5, n1] = [n1, p5];
      const n8 = (++p4);
    }
    p5++;
    p3 ??= Math.min(p3, 4);
  } else {
    p5 -= (("a b c" !== "0") ? Math.abs(65535) : (8 * p3));
    let o9 = ({ ...({}), k1: (p5 ** 2) });
  }
  let sa10 = "-7".split(", ");
  return (n1 * p5);
};
for (let i11 = 0; i11 <= 3; i11++) {
  for (const it12 of [7].map((x13) => x13 + "")) {
    let w14 = 0;
    while (w14 < 2) {
      w14++;
      f2((+[]), 3, [9007199254740993, 5, (-7)].length);
      const { a: n15 = 5, len: n16, b: n17 = (-5) } = ({});
    }
    var sa18 = ["a b c"].filter(p19 => true).map((p20) => ('x,y,z' + p20).slice(0, 48)).filter((p21) => false).slice(0, 16);
  }
}
const s22 = ("\u0041\x42" + "-7").toUpperCase().padEnd(5, "0").slice(0, 48);
let b23 = ((16 <= "a-b-c") && ['zz', "a b c", "1e3"].includes(s22));
n1 /= s22.toUpperCase().length;
for (const it24 of [1e21, n1, (-1 / 0), 10, 6, 3]) {
  for (let i25 = 0; i25 <= 9; i25 += 1) {
    n1 **= 2;
    if ((s22.length != (it24 << (1 / 0)))) break;
  }
}
const sa26 = Object.keys(({ ["n" + 2]: 9007199254740991 }));
if ((([] == false) || (!false))) {
  let w27 = 0;
  do {
    w27++;
    for (const it28 of Object.keys(({}))) {
      let o29 = ({ "len": 5, 0: ((false ? n1 : (-0)) ** 10), x: 4 });
      b23 = (n1 > (4 / (1 / 0)));
    }
    if (b23) break;
  } while (w27 < 12);
  let sa30 = Object.keys(({ a: (-2) }));
  let n31 = "a".split("|").length;
}
return [n1, s22, b23, sa26, JSON.stringify(["abc,def", "-7"]), true];
