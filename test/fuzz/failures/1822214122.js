// Kitwork fuzz failure, program seed 1822214122
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:t-a-b-	-e-n-d
// VM: throw <value>: Error: u:t-a-b-	-e-n-d
// replay: node --import tsx test/fuzz/run.ts --replay 1822214122

let s1 = ((!["  pad  ", 'hello']) ? "0".charAt(2) : "tab\tend".slice(0)).split("").join("-");
switch ("null".length) {
  case (0 / 0):
    break;
  default: {
    break;
  }
  case 0:
    s1 = ((1e3 == (0 / 0)) ? (0b101 + s1) : (s1 + "tab\tend")).slice(0, 48);
    let s2 = s1.slice(1).toUpperCase().padEnd(10, "");
    break;
}
let n3 = Math.trunc(6);
for (let i4 = 18; i4 > 0; i4--) {
  const n5 = ((n3 & i4) % n3);
}
const o6 = ({ ...({}), y: [1_000, 3, 1, (0 / 0), 8, 6].length });
if ((n3 >= n3)) throw new Error("u:" + s1);
for (let i7 = 0; i7 <= 3; ++i7) {
  ++n3;
  const f8 = (p9, p10) => {
    if ((s1 != p9)) throw new Error("u:" + s1);
    function f11(p12) {
      const sa13 = ["x,y,z", '😀x', "😀x", "😀x"].filter(p14 => true);
      if ((i7 === i7)) throw new RangeError("u:x");
      try {
        return p10;
      } finally {
        for (const it15 of sa13) {
          var n16 = (o6.x ?? (1 / 0));
        }
      }
    }
    let sa17 = [...["ab", "zz", 'ÅÉü'].filter((p20) => false)].sort((x18, y19) => (x18 < y19 ? 1 : x18 > y19 ? -1 : 0));
    return o6;
  };
}
const b21 = ("a" in o6);
var sa22 = "".split(",").filter((p23) => (typeof null === "string"));
const f24 = function (p25, p26) {
  if (false) return s1.repeat(0).slice(0, 48);
  return s1.padEnd(5, "");
};
s1 = f24(n3, 6).slice(0, 48);
return [s1, n3, o6, b21, sa22];
