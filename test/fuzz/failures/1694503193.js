// Kitwork fuzz failure, program seed 1694503193
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:1e3
// VM: throw <value>: Error: u:1e3
// replay: node --import tsx test/fuzz/run.ts --replay 1694503193

switch ((Number.isInteger(4294967296) ? 1 : 0)) {
  case (-1):
    const f1 = (p2) => {
      if (((!true) && ("  pad  " <= "true"))) throw [1.5e300, 7, 0, 5, (-20), 3];
      ++p2;
      if ([(-1 / 0)].includes(p2)) throw (p2 % p2);
      try {
        return [(-1 / 0), 1e-7, 3, 256, 4].map((p3) => 8);
      } finally {
        switch (Math.ceil(256)) {
          default:
            const x4 = (null ?? "1e3");
            let { x: n5, len: n6 } = (false ? ({ 0: (-0o17) }) : ({ a: 1 }));
            break;
          case (0 / 0):
            const o7 = ({ ...({ "z_": Math.max(), c: 2, "2": 10, len: 6, ["k" + 1]: 8 }), y: (p2--) });
            const x8 = `${(["tab\tend", 'a-b-c'] / "b")}`.slice(0, 48);
            break;
        }
      }
    };
}
let w9 = 0;
do {
  w9++;
  function f10(p11, p12, p13) {
    let n14 = (((true && true) ? (9 % (-1_000)) : (+"s")) % (~p12.indexOf(p12)));
    n14 = (~p12.indexOf(p12));
    for (const it15 of Object.keys(({ "a": n14, b: n14, "y": 9 }))) {
      let n16 = ([8, 6].filter((x19) => x19 === x19).sort((x19, y20) => x19 - y20).reduce((acc17, x18) => acc17 * x18, 1) << ((n14 ** 3) + (n14--)));
    }
    return 7;
  }
} while (w9 < 13);
let x21 = [(-20), 6].map((x22) => `${x22}`);
const a23 = [...[0, 0.5, 1e-7, 3], ...[3, (-0b101), (0 / 0), 9]].slice(0, 16);
if (0 < a23.length) a23[0] = (a23[1] ?? 9007199254740991);
if (((-0) < w9)) throw new Error("u:" + (true ? '1e3' : "line\nbreak"));
let x24 = ((null !== null) ? a23 : null);
function f25(p26, p27 = (-42)) {
  let b28 = (x21 !== null);
  p27 ??= (w9 & p27);
  var n29 = (a23[4] ?? (-7));
  if ((typeof false === "undefined")) throw new Error("u:" + ('hello'.at((-2)) ?? ""));
  return x24;
}
return [w9, x21, a23, x24, (!6)];
