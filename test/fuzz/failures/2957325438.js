// Kitwork fuzz failure, program seed 2957325438
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:n
// VM: throw <value>: Error: u:n
// replay: node --import tsx test/fuzz/run.ts --replay 2957325438

if (((0.2 - (-0xff)) != ((-0.2) | 2))) throw new Error("u:" + ('single'[2] ?? "ab"));
if ((9 > Object.keys(({ c: 4, z_: 1000, len: 65535, y: 6 })))) {
  let s1 = (false ? "3.5" : "  pad  ").toUpperCase().repeat(0).slice(0, 48);
}
for (let i2 = 0; i2 < 3; i2 += 3) {
  let b3 = true;
  if (false) {
    let w4 = 0;
    while (w4 < 19) {
      w4++;
      let b5 = ((i2 + "a b c").padStart(5) > [4, 9, 7, 4].filter((x6) => x6 === x6).sort((x6, y7) => x6 - y7).map((p8) => "zz".length));
    }
  }
  const n9 = i2;
}
var o10 = ({ ...({ ...({ y: 10, "b": 1e-7 }), ...({ len: 0b101, 10: 9, 2: 3 }) }), ...({}) });
o10 = ({ "x": .5, z_: 7, b: [.5, 5, 2].reduce((acc11, x12) => acc11 - x12, 2) });
let w13 = 0;
do {
  w13++;
  o10 = ({ ...o10, x: 7 });
} while (w13 < 17);
if ((true || true)) {
  for (let i14 = 0; i14 < 4; i14 += 1) {
    for (const [k16, v17] of Object.entries(({ y: (-0) }))) {
      if ((false === null)) break;
    }
  }
  for (const it18 of []) {
    switch ('0'.charCodeAt(1)) {
      default: {
        o10["2"] = (true ? w13 : it18);
      }
      case 10:
        let [n19 = (-42), n20 = (-9007199254740991)] = [10, 1e-7, (0 / 0), 255, 4294967296, 5e-324].map((p21) => it18);
        const s22 = "1e3";
    }
    var n23 = Math.floor(it18);
  }
} else if ((true || false)) {
  switch ([(-3.75)].indexOf(6)) {
    case (0 / 0): {
      break;
    }
    default:
      break;
    case 2: {
      break;
    }
  }
  const b24 = ("".repeat(1) < JSON.stringify(true, null, "  ").repeat(1));
} else {
  var n25 = w13;
}
return [o10, w13];
