// Kitwork fuzz failure, program seed 2954096158
// reason: V8 returned, VM threw
// V8: ok ["zzzzzz",0,16,[0,9007199254740991,18014398509481982],"0,9007199254740991,18014398509481982",-Infinity]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2954096158

function f1() {
  let [n2 = 4294967296] = [10, (-0b101), 7].map(p3 => p3);
  for (let i4 = 19; i4 > 0; i4--) {
    const n5 = Math.sign(n2);
    for (const it6 of [(-255)]) {
      if ((("a-b-c" === 'Hi there') && (!({})))) return "null".padStart(7, "*");
      let n7 = it6;
    }
  }
  let b8 = [...[], ...[]].concat([(-0), 5, 3].filter(p9 => true)).includes((+(({}) ?? ({ "len": 10, "b": (0 / 0) }))));
  b8 = 'true'.includes("line\nbreak");
  return "zz".repeat(3).repeat(1).slice(0, 48);
}
let s10 = f1().slice(0, 48);
const n11 = (10 % 10);
let w12 = 0;
while (w12 < 16) {
  w12 += 1;
  if (((true && false) && (!100))) {
    let x13 = null;
    f1();
  } else if ((false || false)) {
    s10 = s10;
    if ((!false)) {
      f1();
    } else if ((n11 !== (-3))) {
      const a14 = [(1 / 0), 123.456].slice(2, 2).map((p15, i16) => (n11 << p15));
      s10 = (s10 + (4 + s10)).slice(0, 48);
    } else {
      const sa17 = ["null"].slice().sort((x18, y19) => x18.length - y19.length);
    }
  }
  for (let i20 = 18; i20 > 0; i20--) {
    if ((!({ k1: (-8), a: 1_000, z_: (-5e-324), 2: 1000 }))) break;
    for (let i21 = 0; i21 <= 1; i21 += 1) {
      const o22 = ({ "b": 100, 10: (n11 % [].indexOf(1)), y: (-0), z_: (-0) });
      const { c: n23, a: n24 = 7 } = ({ ...o22, x: i20 });
    }
  }
}
let a25 = Array.from({ length: 3 }, (_, i26) => i26 * 9007199254740991).filter((x27) => x27 === x27).sort((x27, y28) => x27 - y28);
f1();
const fs29 = [];
for (let i30 = 0; i30 < 2; i30++) {
  fs29.push((v) => v - i30);
}
return [s10, n11, w12, a25, a25.join(), Math.max()];
