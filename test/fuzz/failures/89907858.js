// Kitwork fuzz failure, program seed 89907858
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:[null]
// VM: throw <value>: Error: u:[null]
// replay: node --import tsx test/fuzz/run.ts --replay 89907858

let [, , n1, ...a2] = [1.5e300, ...[], ...[4294967296, (-0)]];
let s3 = (typeof Math.abs(10));
for (const it4 of s3.toUpperCase()) {
  let n5 = 0xff;
}
const f6 = function (p7, p8, ...rest9) {
  const f10 = (p11, p12 = (-100)) => {
    if (p7.length < 8) p7.push(((-20) - p12));
    rest9 = [7, 5].slice().sort();
    p8 = (p8 + p8).slice(0, 48);
    return ["null"].map((p17) => p8).slice().sort();
  };
  var n18 = [(-0), 2, (-8), (-0xff), 2, (n1 ?? 3)].reduce((acc19, x20) => acc19 + x20, 2);
  let [n21, n22, n23, ...a24] = a2.concat(a2);
  return Math.trunc(1);
};
if ((((-8) !== 0.1) && s3.startsWith(s3))) throw new Error("u:" + JSON.stringify([undefined]));
const x25 = `${(((![]) ? ({ 0: 0, c: 2147483647, x: 4, 2: 20 }) : ({ 0: (-0), "a": (-100), k1: 4, ["n" + 2]: (-0) })) - (s3[3] ?? "3.5").length)}`.slice(0, 48);
for (let it26 of "ab".split("|")) {
  const s27 = (it26.repeat(2) + s3.slice(6)).padStart(8).slice(0, 48);
  if ((s27 === s3)) {
    const o28 = ({ 2: 0.5, z_: 42, "c": (-5), 0: (true ? (-0) : 4294967296) });
    for (let i29 = 5; i29 > 0; i29--) {
      if (a2.length < 8) a2.push((i29 ** 1));
      if (a2.length < 8) a2.push((false + 100));
      const a30 = [].concat(5).filter(p31 => (["q\"uote", "b", 'true', "😀x"] >= o28)).slice(0, 16);
    }
    a2 = [];
  } else if (((1 + 0.5) === a2.indexOf(6))) {
    f6(a2.concat(a2), (6 + 'a'));
    let caught32 = null;
    try {
      let { a: n33 = 2147483647, len: n34 = 4294967296, b: n35 = 9 } = ({ ...({}), ...({ y: (0 / 0), c: 0, z_: 3, len: (-1e21) }) });
    } catch (e36) {
      caught32 = "outer";
    } finally {
      f6([1, (0 / 0), 7, 9, (-7)], JSON.stringify(a2));
    }
  }
}
return [a2, s3, x25];
