// Kitwork fuzz failure, program seed 1797437714
// reason: V8 returned, VM threw
// V8: ok [-5.5,-5.5,"aab,0,Hi there2, 33.5a-b-c!",false,false]
// VM: throw TypeError: TypeError: adder3 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 1797437714

for (const it1 of ["zz", 'ab', "x,y,z", "ÅÉü"].map(p2 => "a b c")) {
  const adder3 = (k) => (v) => v - k;
  const add4 = adder3((+[4, (-20), (-5), 3, 4294967295, 2.5]));
}
for (let i5 = 0; i5 <= 18; i5 += 1) {
  const f6 = function (p7, p8, ...rest9) {
    const f10 = (p11 = [1, 2], p12, ...rest13) => {
      p8 = (p8 + ` ${[6, 2, 7].map((x14) => x14 + "")}a${"ab"}\`q`).slice(0, 48);
      return (null ?? p12);
    };
    return (false || false);
  };
  if ((!({ k1: 9, c: (-1000), 10: (-9007199254740991), a: 8 }))) {
    let b15 = true;
    if ((Math.sign(i5) > ["hello", 'zz', '😀x'].filter(p16 => true))) {
      var a17 = [9007199254740991, 1, 256, 0, 3, 6].filter((x18) => x18 === x18).sort((x18, y19) => x18 - y19).filter((x20) => x20 === x20).sort((x20, y21) => x20 - y21);
      let b22 = b15;
    }
    const a23 = Array.from({ length: 0 }, (_, i24) => i24 * 1_000);
  }
}
let [n25 = 3, n26 = 1] = [2.5, 1.5e300, 0.5, 0xff].filter((x27) => x27 === x27).sort((x27, y28) => x27 - y28);
function f29(p30) {
  if (p30.length < 20) p30.push((n25 | n26));
  return 'b'.indexOf("a");
}
for (let i31 = 0; i31 < 6; ++i31) {
  if ('  pad  '.startsWith("zz")) {
    const x32 = [];
    const [n33 = 9, n34 = (-42)] = [3, (-20)].filter((p35) => false);
  } else {
    for (const it36 of Object.keys(({ ...({ 10: (-1.5), "len": 9, y: (1 / 0), "x": 3 }), b: (-.5) }))) {
      var s37 = JSON.stringify(`:${it36}\`q`).slice(0, 48);
    }
    let s38 = ('x,y,z' + ({ ...({ k1: 2 }), ...({ z_: 0, b: (-2), 10: (-1e3) }) })).split(",").join("-").slice(0, 48);
  }
  n25--;
}
n26 = n25;
const s39 = `a${["ab", "0", "Hi there"]}${([2, 3].join(", ") + ("3.5" + "a-b-c"))}!`.slice(0, 48);
for (const it40 of [2, (-0), 2, 10]) {
  f29([0b101, (-0), 8, 2, 8, (0 / 0)].map((p41) => it40));
}
switch ([].length) {
  case 2: {
    break;
  }
  case "1": {
    n26 = n26;
    var n42 = (n25 - 5);
    break;
  }
  default:
    break;
  case (-0):
  case 3:
}
return [n25, n26, s39, false, (7 === 2)];
