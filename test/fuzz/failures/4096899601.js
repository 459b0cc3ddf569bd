// Kitwork fuzz failure, program seed 4096899601
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:abc,def
// VM: throw <value>: Error: u:abc,def
// replay: node --import tsx test/fuzz/run.ts --replay 4096899601

const [n1, n2] = [].filter(p3 => true);
if ((((-0.5) ** 3) < Math.min(2, 5))) {
  let n4 = "0".charCodeAt(3);
} else {
  const f5 = function (p6 = 4, p7) {
    const sa8 = p7.split(",");
    if ((p6 >= "".length)) {
      var n9 = Math.floor(p6);
      let [n10 = (-42), ...a11] = [(-0), (-31)].concat([(-4)]);
    }
    if (("s" !== undefined)) {
      if (sa8.length < 64) sa8.push(p7);
    } else if ((!(n2 ?? [0.5, 8, 5]))) {
      for (const it12 of sa8) {
        if ((true && false)) throw new TypeError("u:range");
      }
    }
    let a13 = [].map(p14 => p14).filter((p15) => [2, (-.5), 2147483648].includes(p6)).filter((p16) => ((-p16) < p16));
    return sa8;
  };
}
const o17 = ({ ...({ 10: 7, "x": 1e21, b: (-123.456), "c": 3 }), a: 3.75 });
for (let i18 = 15; i18 > 0; i18--) {
  const o19 = ({ y: i18, "a": 1, 0: 3 });
}
let { a: n20 = .5, x: n21 = (0 / 0), len: n22 = (-0o17) } = ({ x: (-1000), 0: (-16), b: 10, k1: 4, ...o17 });
for (let i23 = 0; i23 <= 9; i23 += 1) {
  const adder24 = (k) => (v) => v * k;
  const add25 = adder24((true + n22));
  const a26 = Object.entries(o17).map((e27) => e27[1]);
  let o28 = ({ 0: (++n21), b: 4, "x": (Math.abs(n22) * (+n2)), ...o17 });
}
for (var i29 = 0; i29 <= 13; ++i29) {
  for (const it30 of []) {
    const a31 = [0.2, (0 / 0), (-1 / 0), (-65535), (-1 / 0)].slice(0).filter(p32 => (o17 == true));
    if (3 < a31.length) a31[3] = n22;
  }
  if (((false || false) && (false || true))) break;
  let o33 = o17;
}
if ((true && true)) throw new Error("u:" + "abc,def");
const o34 = o17;
n20 = (6 + 31);
if (["x,y,z", "Hi there"].includes("MiXeD")) {
  [n22, n21] = [n21, n22];
  if (([] >= "ÅÉü")) {
    if ((false && true)) {
      let n35 = n20;
      const b36 = ("12" + 'a-b-c').repeat(1).startsWith("ab");
      o17.y = (-n22);
    }
    [n20, n21] = [n21, n20];
    const o37 = ({ ...o17, ...({ ["n" + 2]: (-5e-324) }) });
  } else {
  }
}
return [n2, o17, n20, n22, String([])];
