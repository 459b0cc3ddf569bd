// Kitwork fuzz failure, program seed 906166999
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:
// VM: throw <value>: Error: u:
// replay: node --import tsx test/fuzz/run.ts --replay 906166999

var n1 = JSON.stringify([].includes("line\nbreak")).length;
if ((0.2 === (-1 / 0))) {
  ++n1;
  let b2 = ([(0 / 0), 100, 9007199254740993, 3, 0, 0.1].filter((x5) => x5 === x5).sort((x5, y6) => x5 - y6).reduce((acc3, x4) => acc3 * x4, 2) <= (~"zz".length));
}
let { len: n7 = 10 } = ({ ...({ len: 123.456 }), ...({ a: 6, x: (0 / 0), 10: (-123.456) }) });
const n8 = (n1 ** 10);
if (((typeof [(-1 / 0), (0 / 0), 7, (-0.1), (-0)]) != "3.5".slice(1, 4))) throw new Error("u:" + 'true'.slice((-2), 1));
let n9 = (n7 = n7);
let n10 = "tab\tend".length;
const f11 = (p12, p13, p14) => Math.trunc(p13);
let n15 = Math.trunc(1);
let n16 = (-(-n7));
const f17 = (p18) => (false ? ({ "z_": (-7) }) : ({ a: 42, b: (-0.2), 2: 5 }));
const o19 = ({ ["c"]: (-10) });
if (([65535] === undefined)) {
  const n20 = f11(n16, n15, n7);
  const o21 = o19;
  var a22 = Array.from({ length: 2 }, (_, i23) => i23 * (-5e-324));
}
if ((Math.sqrt(n9) == f11(n7, n10, 7))) {
  const adder24 = (k) => (v) => v * k;
  const add25 = adder24((~(-1_000)));
} else if (Array.isArray(0)) {
  for (var i26 = 0; i26 < 8; i26++) {
    n16 = (n16 -= n9);
    const o27 = ({ ...({ ...o19, "k1": 5e-324, "10": Math.round(n15) }), ...({ ...({ len: (-.5), "x": i26, c: (-9007199254740993) }), ...(true ? o19 : o19) }) });
    let s28 = "tab\tend".split("|").join(", ");
  }
  const n29 = (~(3 - 20));
} else {
  let n30 = (n9 * 3.75);
}
for (let it31 of [(0 / 0), (-4294967295)]) {
  n16 %= f11?.((n7 = (-32)), [(0 / 0), .5, 1.5, 0.5, 2].indexOf(n8), it31);
}
o19["b"] = Math.trunc(3.75);
return [n1, n7, n8, n9, n10, n15, n16, o19, `a${["hello"]}$${false}\`q`];
