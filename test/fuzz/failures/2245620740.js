// Kitwork fuzz failure, program seed 2245620740
// reason: different results
// V8: ok [-Infinity,2,[7,9,3,NaN,5],"2"]
// VM: ok [-Infinity,2,[7,"9007199254740992,-5e-324",[9007199254740992,-5e-324],NaN,5],"2"]
// replay: node --import tsx test/fuzz/run.ts --replay 2245620740

function rec1(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec2(n - 1);
}
function rec2(n) {
  return n > 0 ? rec1(n - 1) : false;
}
for (let it3 of ["a", "😀x", "abc,def"].slice(1)) {
  for (const it4 of Object.keys(({ ...({ len: 6, b: 0b101, a: 0.1 }), c: 255 }))) {
    for (let i5 = 0; i5 <= 2; i5 += 1) {
      let s6 = (false ? "-7" : "a b c");
    }
    for (let i7 = 0; i7 < 2; i7++) {
      let x8 = true;
      if (false) break;
      let o9 = ({ ...({ 10: (-0o17) }), ...({ a: .5, 2: (-1000), y: 2 }) });
    }
    const n10 = (Math.round((5 ** 10)) % ''.split(", ").length);
  }
}
const x11 = Math.trunc((-1 / 0));
let n12 = 2;
const a13 = [7, 9, 3, (+[9007199254740993, (-5e-324)]), 5];
return [x11, n12, a13, JSON.stringify(n12, null, "  ")];
