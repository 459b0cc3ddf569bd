// Kitwork fuzz failure, program seed 335501039
// reason: V8 returned, VM threw
// V8: ok [{"y":false,"x":0},false,"1e3","3","abc,def, a, 😀x, b"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 335501039

const o1 = ({ y: (false ?? 7), x: (0 / 8) });
let b2 = (Array.from({ length: 3 }, (_, i3) => i3 * 31).includes((+[0.1, 8, 8])) && (["\u0041\x42", "1e3", 'MiXeD', "-7", "3.5"].length >= Math.ceil((-0))));
if (("3.5" <= 'zz')) {
  const s4 = String(b2).slice(0, 48);
} else if ('single'.toUpperCase().startsWith(JSON.stringify([[]]))) {
  const o5 = o1;
  for (let i6 = 0; i6 < 12; i6 += 3) {
    for (let i7 = 0; i7 < 11; ++i7) {
      let o8 = ({ ...o5, z_: 4 });
    }
    let caught9 = null;
    try {
      var a10 = [...[(-2), 6, (-1), (-0)].filter((p11) => true), ...[(-.5), 9, 0o17, 5].concat([(1 / 0), (-31), (-1 / 0), 2])].slice(0, 16);
      if (b2) throw false;
    } catch {
      caught9 = "caught";
    }
  }
} else {
  const o12 = o1;
  const fs13 = [];
  for (var i14 = 0; i14 < 5; i14++) {
    fs13.push((v) => v * i14);
  }
}
b2 = ("😀x" + '').includes('a-b-c'.trim());
const x15 = "1e3";
function rec16(n) {
  if (!(n > 1)) return 1;
  if (n > 12) n = 12;
  return n * rec16(n - 1);
}
rec16(["null", "true", "a-b-c", "a-b-c", "x,y,z"].length);
b2 = ([(-0.2), 10] === []);
const memo17 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})(rec16(1));
const f18 = function (p19, p20, p21 = 2147483648) {
  const n22 = (((++p20) << memo17((-0))) * p20);
  let o23 = ({ ...o1, a: p20 });
  var o24 = o23;
  for (const it25 of Object.keys(({ 0: p21, 10: p20, len: p21, "a": 2.5 }))) {
    const s26 = it25;
    let n27 = p20;
  }
  return ({ ...o23, y: (Number.isInteger(n22) ? 1 : 0) });
};
let s28 = ((o1?.k1 ?? 3) + "".slice(2, 2)).slice(0, 48);
b2 = (b2 || b2);
const s29 = ["abc,def", "a", "😀x", "b"].join(", ").padEnd(7, "*").slice(0, 48);
return [o1, b2, x15, s28, s29];
