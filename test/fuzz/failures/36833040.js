// Kitwork fuzz failure, program seed 36833040
// reason: V8 returned, VM threw
// V8: ok ["b","Hi there",651,"MiXeDtrue",5,[2,4,651,5,-1.5e+300,-0,1000,5e-324,8,9007199254740991,2604,10416,1333248,20832,651,651,166656,651,166656,-2147483648,2666496,42663936,651,651,1333248,1333248,651,1333248,651,651,651,651,1333248,1333248,651,651,1333248,651,1333248,1333248,1333248,1333248,651,651,1333248,1333248,651,1333248,651,651,651,651,1333248,1333248,651,651,1333248,651,1333248,1333248,1333248,1333248,651],false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 36833040

const f1 = (p2 = (-0.1), p3 = "abc,def") => {
  let [s4 = "ab", s5 = 'true', ...sa6] = [...[]].sort((x7, y8) => (x7 < y8 ? 1 : x7 > y8 ? -1 : 0));
  return ({ ...({}), ...({ a: 1, len: (-256) }) });
};
if ((!(false || true))) {
  switch ("a".padStart(9, "*")) {
    case "x,y,z":
      break;
  }
  const f9 = (p10, p11, p12) => (1 && [4, (-2), (-0)]);
  for (let i13 = 7; i13 > 0; i13--) {
    var s14 = "3.5".repeat(1).slice(0, 48);
    let s15 = (typeof s14);
    let n16 = 3;
  }
}
let [s17 = "b", s18 = 'Hi there'] = [];
var n19 = Math.ceil(((false && s18) ?? Math.max((-100), 1.5, 2)));
let s20 = ("MiXeD" + (typeof (0 || "s") === "string")).slice(0, 48);
let w21 = 0;
while (w21 < 5) {
  w21++;
  let a22 = [4294967296, (-10), (1 / 0), (-2147483648), 1, 4].map((p23, i24) => i24).slice().sort().concat((undefined ?? (+[3, 7]))).slice(0, 16);
  n19 = [3, 9, 9, n19, n19].reduce((acc27, x28) => acc27 + x28, 0);
  if (("q\"uote".toUpperCase() == ` ${[]}$${({})} end`)) {
    let n29 = (Math.min(...a22) >> n19);
    n19++;
    if ((Math.round(4) === (n19 ** 0.5))) {
      const b30 = (s18.split("|") === "MiXeD".trim());
      var o31 = f1((++n19), [9007199254740993, (-1), 3, 0xff, .5, 1_000].join("-"));
      const [n32 = 5e-324, n33] = [...a22, ...a22];
    }
  }
}
const a34 = [...[2, ...[4, n19, w21], ...[9007199254740991, 8, (-1.5e300), 5e-324, 1000, (-0)].slice().sort()], ...[9].filter(p37 => true).filter((p38) => [3, 4, 6, (-1 / 0)].includes(n19))].slice(0, 16);
for (const it39 of a34) {
  if (a34.length < 64) a34.push((n19 << it39));
}
const b40 = ((-31) === ((a34 <= ['null', "back\\slash", "1e3", 'true', "a b c"]) ? ({ "0": (1 / 0), 10: n19, c: 20 }) : ({ ...({}), y: n19 })));
function rec41(n) {
  if (!(n > 1)) return 1;
  if (n > 12) n = 12;
  return n * rec41(n - 1);
}
n19 = a34.pop() ?? (0 / 0);
return [s17, s18, n19, s20, w21, a34, b40];
