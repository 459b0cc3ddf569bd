// Kitwork fuzz failure, program seed 2158848792
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:MiXeD
// VM: throw <value>: Error: u:MiXeD
// replay: node --import tsx test/fuzz/run.ts --replay 2158848792

let [n1 = 1000, n2 = 32, n3 = 10] = Array.from({ length: 1 }, (_, i4) => i4 * 7);
const b5 = ((({ z_: (-42), a: (1 / 0) }) >= [9007199254740993, 4294967295]) || (n3 !== n2));
var a6 = [(-1 / 0), 2, (1 / 0), (1 / 0), 8].slice(2, 5).concat((~4294967296)).slice(0, 16);
for (let i7 = 0; i7 < 7; i7 += 1) {
  const f8 = function (p9) {
    for (let i10 = 0; i10 <= 8; ++i10) {
      [n1, n3] = [n3, n1];
      const n11 = (0 >>> i10);
      p9 = ` ${p9.toUpperCase()}\n${a6}\`q`.slice(0, 48);
    }
    if ((!Math.sign(n1))) {
      p9 &&= ("-7" + ({ y: n2 })).slice(0, 48);
      let n12 = (false ? 6 : (-8));
      n1 = a6.pop() ?? 0;
    } else {
      n3--;
      var n13 = n2;
    }
    try {
      return (p9 + "MiXeD").slice(0, 48);
    } finally {
      if ("ÅÉü".includes(p9)) {
        let a14 = a6.concat(a6.map(p15 => p15).concat([6])).slice(0, 16);
        [n1, n2] = [n2, n1];
      }
    }
  };
  if (a6.length < 64) a6.push((n1 ** 3), a6.length);
  if ((!({ 0: 7, z_: .5, "x": 6, "10": 2 }))) break;
}
if (a6.includes(n3)) throw new Error("u:" + "MiXeD");
return [n1, n2, n3, b5, a6, Number("null"), "tab\tend".padStart(10)];
