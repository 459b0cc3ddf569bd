// Kitwork fuzz failure, program seed 1552325487
// reason: different results
// V8: ok [[-5e-324,3],-6123.456,NaN,"6123"," 1e3,0\n3!",4]
// VM: ok [[-5e-324,3],-123.456,NaN,"123"," 1e3,0\n3!",3]
// replay: node --import tsx test/fuzz/run.ts --replay 1552325487

let n1 = ((({}) ?? (-3.75)) | (6 * (-1000)));
switch (String(n1)) {
  case "":
    break;
  case "ab":
    let a2 = (false ? [(-0), (-0.1), 0xff, (-0), (-9007199254740991), 3] : []).filter((p3) => [2].includes(6));
    break;
}
const x4 = [9, 10, (-0.1), 5, (-5e-324), 3].slice((-2));
if ((!"true")) {
  const n5 = (n1 % 8);
  const adder6 = (k) => (v) => v + k;
  const add7 = adder6(n1);
  if ((["true"] >= [6, 32, (1 / 0), (0 / 0), 8, 7])) {
    if (([5e-324, 1, 8, (-1)] < "  pad  ")) {
      const a8 = [...[1.5e300, (-255), (-3.75), (-2147483648), (-8), 2147483648], ...[0, 0, 1e21, 5, 10]].slice(0, 16);
      const n9 = ["true", 'abc,def'].map((q10) => q10.length).indexOf(Math.sign(n5));
      n1 &&= (n1 - (true ? n5 : n5));
    }
    ++n1;
    if ((!["abc,def"])) {
      const x11 = null;
    } else if ((JSON.stringify(({ a: 100, len: 0b101, 0: 9, b: 9 })) > "line\nbreak".trim())) {
      let n12 = n5;
    } else {
      const n13 = (~(Math.abs(n5) - (false + n5)));
    }
  } else {
    if ([(-1e-7)].includes(n5)) {
      let a14 = [(-7)];
      var a15 = [2, 0, 9007199254740991].map(p16 => ["1e3", "😀x", "a-b-c"].length).filter(p17 => (("ÅÉü" == 4) || (true > x4)));
    } else if ((8 != n5)) {
      const sa18 = ['MiXeD', "b"].map((p19) => "😀x");
      if (sa18.length < 20) sa18.push((sa18[0] ?? "  pad  "));
    }
    for (const it20 of [(-31), 2, 1]) {
      let s21 = JSON.stringify([x4]).slice((-3), 5).slice(0, 48);
      const { len: n22 = (-1 / 0), x: n23 } = ({ x: n1, "y": 0.1 });
    }
  }
}
if ((("back\\slash" >= "0") && ([] === true))) {
  n1 -= ([].includes("ÅÉü") ? n1 : (3 & n1));
  let s24 = "0".repeat(0).split(" ").join(",").slice(0, 48);
  s24 = s24.padStart(8, "*").toUpperCase();
}
const [n25 = 3, ] = [...[]].filter((x26) => x26 === x26).sort((x26, y27) => y27 - x26);
let s28 = ` ${['1e3', "0"]}\n${n25}!`.slice(0, 48);
const n29 = Math.min((n1 - 123.456));
var o30 = ({ 0: (+[9]), k1: s28.indexOf("Hi there"), c: 4294967296 });
var n31 = ((x4 ?? n29) % (-10));
o30 = ({ ...({ 2: 3 }), y: (-1e21) });
let n32 = ((-n29) << [9, 9].slice((-2), (-2)).length);
const s33 = (n32).toFixed(0).padStart(3).padEnd(1);
return [x4, n29, n31, s33, s28, s33.length];
