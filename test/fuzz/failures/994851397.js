// Kitwork fuzz failure, program seed 994851397
// reason: different results
// V8: ok [216,null,3,20,NaN,{"a":-5e-324}]
// VM: ok [1,null,3,20,NaN,{"a":-5e-324}]
// replay: node --import tsx test/fuzz/run.ts --replay 994851397

function rec1(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec2(n - 1);
}
function rec2(n) {
  return n > 0 ? rec1(n - 1) : false;
}
const f3 = (p4) => {
  rec1((1000 - p4));
  var o5 = ({ ...({ ...({ x: 1000 }), ...({ a: 1.5e300, 0: (-0.5) }) }), ...({ ...({ 2: 8 }), c: p4 }) });
  try {
    return [(-1 / 0), 1, 9, 2.5, 8, 9007199254740991].map(p6 => p4);
  } finally {
    switch ((2147483648 % 5)) {
      case 10: {
        var n7 = ((true && true) ? (false ?? p4) : (0 / 0));
        break;
      }
      case 3: {
        break;
      }
      case (-1):
        let sa8 = [].concat((true ? "0" : "null").split("")).slice(0, 16);
        break;
      case 1:
        o5 = ({ ...o5 });
        rec1((p4 << p4));
        break;
      default:
        o5 = ({ ...o5, c: 7 });
        const n9 = 'ab'.indexOf('true');
        break;
    }
  }
};
const n10 = (((6 ** 3) * (+[1])) >>> ([10, 4294967296, 3].reduce((acc11, x12) => acc11 + x12, 0) & (-256)));
let caught13 = null;
try {
  const a14 = [100].filter(p15 => false);
  const a16 = [2, 8, 4, 2, 10, 2].filter(p17 => false);
} catch (e18) {
  caught13 = typeof e18?.message === "string" && e18.message.slice(0, 2) === "u:" ? e18.name + "/" + e18.message : (e18?.name ?? e18);
}
const { x: n19 = 3, b: n20 = 20, c: n21 = (0 / 0), ...o22 } = ({ ...({}), a: (-5e-324) });
switch ('zz'.split(" ").join(",")) {
  default:
    break;
  case "hello": {
    var o23 = o22;
    var n24 = ["a", "ab", 'null', "a-b-c", "-7"].concat(["a-b-c", "a"]).length;
    break;
  }
}
return [n10, caught13, n19, n20, n21, o22];
