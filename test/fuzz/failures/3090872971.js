// Kitwork fuzz failure, program seed 3090872971
// reason: different results
// V8: ok [[],"x,y,zAB",1000,7,false,NaN]
// VM: ok [[],"3.75,7,8,7,0",[3.75,7,8,7,-0],7,false,NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 3090872971

var sa1 = 'abc,def'.split(" ").filter(p2 => ['single', "ÅÉü", 'MiXeD', "true"].includes(p2));
var s3 = "x,y,z";
s3 = (s3 + "\u0041\x42".split(", ").join("").split("|").join(",")).slice(-48);
const f4 = p5 => sa1;
const n6 = 1000;
for (let it7 of sa1) {
  s3 = (s3 + s3).slice(-48);
  if (["line\nbreak", "hello", "abc,def", "tab\tend", "1e3"].includes((100).toFixed(0))) {
    sa1 = [1, (0 / 0), 1, 4, 9, (-1 / 0)].filter(p9 => true).map((x8) => x8 + "");
    s3 = (typeof [2.5, 4, 2147483648]);
    const b10 = ("MiXeD" + (-n6)).startsWith(JSON.stringify(({})).toUpperCase());
  }
  var n11 = (+[(-8), 9, 0, 9, 0b101]);
}
let sa12 = sa1.filter((p13) => [(-1e-7), (-1000), (-31), 0, 8, (-2)].includes(n6)).filter(p14 => [0xff, 7, 0, 0, (-0.5)].concat([255, 2, 1e-7, (-0), 3, 5]).includes((({}) ?? n6))).slice(0, 16);
for (const [k16, v17] of Object.entries((false ? ({ y: 0, x: 0o17, a: (0 / 0), 2: 3 }) : ({ k1: 8, b: 1000 })))) {
  let caught18 = null;
  try {
    for (let i19 = 0; i19 < 5; i19 += 3) {
      var o20 = ({ y: 31, b: 2, c: 1e3 });
    }
    if ((v17 > n6)) {
      let { x: n21 = (0 / 0), c: n22 = (-100) } = ({ ...({ "k1": 2147483648, 2: 9, c: 42 }), b: (-.5) });
    } else {
      const x23 = ["\u0041\x42", '  pad  ', "b"];
      f4((true ? s3 : '3.5'));
    }
    if ((({ a: 3.75, b: 9 }) != [1, (-10)])) {
      sa12.pop();
      sa12 = sa12;
    } else {
      const b24 = (!sa1);
      var x25 = (([3].includes(7) ? sa12.includes("zz") : null) || ((true ? ({ 0: 0o17, b: 3, "x": 1, "2": (-31) }) : undefined) ?? (({}) ?? "null")));
    }
    if ([(-3), 0, 6, 5, (-0), 2147483647].filter(p26 => true).includes(v17)) throw new Error("u:" + s3.slice((-1), 4));
  } catch (e27) {
    caught18 = typeof e27?.message === "string" && e27.message.slice(0, 2) === "u:" ? e27.name + "/" + e27.message : (e27?.name ?? e27);
    if ((typeof [] === "number")) break;
  }
  sa12.pop();
}
let w28 = 0;
while (w28 < 7) {
  w28++;
  const s29 = ("a-b-c" + 1).slice(0, 48);
  const sa30 = [(1 / 0), 0, (-1 / 0), 9007199254740991, 5, 7].map((x31) => x31 + "");
  if ((true || true)) {
    sa1.pop();
  } else {
    if ((Math.sqrt(n6) !== (1e-7 - n6))) {
      sa1 &&= [].map((x32) => `${x32}`);
      f4("back\\slash");
    } else {
      s3 = (s3 + s29.slice((-3))).slice(0, 48);
    }
  }
}
return [sa1, s3, n6, w28, (w28 === n6), (+[3.75, 7, 8, 7, (-0)])];
