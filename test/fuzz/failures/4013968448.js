// Kitwork fuzz failure, program seed 4013968448
// reason: different results
// V8: ok [5,"NaN","\"",undefined,undefined,{"len":-1e-7,"k1":5},[0,9,8,-255,8,NaN],NaN,false,"b-c"]
// VM: ok [5,"NaN","\"",undefined,undefined,{"len":-1e-7,"k1":5},[0,"-5,42,Infinity",[-5,42,Infinity],-255,8,NaN],NaN,false,"b-c"]
// replay: node --import tsx test/fuzz/run.ts --replay 4013968448

for (var i1 = 0; i1 < 5; i1 += 1) {
  for (let it2 of [i1]) {
    if ((([] ?? "b") === null)) break;
  }
  const n3 = ('😀x' + (1 !== null)).indexOf(JSON.stringify(false).split(" ").join(""));
  for (var i4 = 0; i4 < 3; i4 += 1) {
    if (("".indexOf("hello") == Math.min(n3))) {
      const sa5 = ["3.5"].concat(Array.from({ length: 5 }, (_, i7) => i7 * 256).map((x6) => `${x6}`)).slice(0, 16);
      let s8 = "a";
      var n9 = [(-1000), (-7), (-255), 1.5e300, 8, 5].map((p12) => (-256)).reduce((acc10, x11) => acc10 * x11, 2);
    } else {
      let a13 = [5, 2].map(p14 => (0 / 0)).concat("MiXeD".length).slice(0, 16);
    }
    const x15 = `${((null && ["b", "zz"]) ?? ([] % "0"))}`.slice(0, 48);
    let n16 = (-[0.2].reduce((acc17, x18) => acc17 + x18, 0));
  }
}
let x19 = `${(("1e3" + "a") % ["b", "  pad  "])}`.slice(0, 48);
switch ((false ? "back\\slash" : "zz")) {
  default:
    break;
  case "a":
    for (var i20 = 0; i20 <= 1; i20 += 1) {
      var n21 = "a".charCodeAt(0);
    }
    break;
  case "ab":
    break;
}
const s22 = (JSON.stringify("a", null, 2).repeat(1)[0] ?? '-7').slice(0, 48);
function f23(p24 = 0, p25) {
  let [n26] = p25.filter((x27) => x27 === x27).sort((x27, y28) => x27 - y28);
  for (var i29 = 0; i29 < 1; i29 += 2) {
    const x30 = [];
    if (((false || false) || (({ b: 5, "x": 6, 2: (-9007199254740991) }) <= p25))) return ['abc,def', "😀x", "😀x", "0"].map((p31) => s22);
    for (let i32 = 0; i32 < 16; i32 += 1) {
      const s33 = (i29).toFixed(3);
      p25.pop();
      p25.pop();
    }
  }
  const { a: n34 = 1e-7 } = ({ ...({ c: 2, b: 1, "2": (-1_000), len: 6 }), y: (-9007199254740991) });
  let o35 = ({});
  return s22.split("|");
}
const { x: n36, b: n37, ...o38 } = ({ len: (-1e-7), ["k" + 1]: 5 });
let a39 = [[].length, 9, 8, (-0xff), 8, (+[(-5), 42, (1 / 0)])];
const n40 = (`a${1} ${false}${a39} end`.indexOf((typeof null)) - ([(-5), (0 / 0), 9].length / Number(s22)));
return [i1, x19, s22, n36, n37, o38, a39, n40, (typeof n37 === "boolean"), "a-b-c".slice(2)];
