// Kitwork fuzz failure, program seed 342113813
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:single
// VM: throw <value>: Error: u:single
// replay: node --import tsx test/fuzz/run.ts --replay 342113813

let o1 = ({ 2: (-0), a: 3, 0: 1, 10: (-1.5e300) });
if ((undefined == undefined)) throw new Error("u:" + 'single'.trim());
switch (("  pad  " + "b")) {
  case "hello":
    o1.a = Math.max((-255));
    let sa2 = [];
    break;
  case "": {
    o1["10"] = Math.abs(0b101);
    switch ((true ? 4 : 7)) {
      default:
        let w3 = 0;
        while (w3 < 12) {
          w3++;
          o1 = ({ ...o1, ...({ k1: 3, a: (-42), y: (-0o17) }) });
          const sa4 = Object.keys(o1);
          let x5 = `${[...[(-0), 1.5e300, 1e3, 1.5, 10, 3], ...[(-0), 0, 0o17]]}`.slice(0, 48);
        }
      case 0:
        break;
    }
  }
  default:
    for (const it6 of [1e-7, 9, (-0), 6, (-1_000)]) {
      let { a: n7, ...o8 } = ({ ...o1, z_: (0 / 0) });
    }
    break;
  case "0":
    for (let i9 = 0; i9 < 16; ++i9) {
      for (const it10 of Object.keys((false ? ({ b: 1e21, k1: 1_000, 2: 123.456 }) : o1))) {
        const n11 = (o1.z_ ?? 0);
        o1 ||= ({ 0: (-9007199254740991), "b": i9, ["c"]: 3, n11 });
        let o12 = ({ ...o1, c: .5 });
      }
      let n13 = (o1.x ?? 3.75);
      const x14 = `${(i9 + "s")}`.slice(0, 48);
    }
    const n15 = Math.min();
}
let s16 = ((16 + (-1000)) + "abc,def".charAt(1)).slice(0, 48);
for (let i17 = 0; i17 <= 18; i17++) {
  for (let i18 = 0; i18 < 12; i18 += 1) {
    const n19 = [(0 / 0), 1e21, 1].indexOf(256);
    if (s16.includes(s16)) {
      if ((n19 >= 0b101)) break;
      let o20 = o1;
    } else {
      o1.k1 = (1 & (-0xff));
    }
  }
}
let o21 = ({ 0: (1 / 0), 2: 7, z_: 255, "b": 2 });
var n22 = Math.max(10);
++n22;
return [o1, s16, o21, n22, s16.trim(), "3.5".indexOf(s16)];
