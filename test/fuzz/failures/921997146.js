// Kitwork fuzz failure, program seed 921997146
// reason: V8 returned, VM threw
// V8: ok [false,false,-1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 921997146

function f1() {
  for (var i2 = 0; i2 < 12; i2 += 2) {
    const a3 = [0xff, 5, 1e21, 9, (-0)].filter((p4) => false).slice().sort().filter(p7 => ((false || false) || (typeof [] === "boolean")));
    switch ((8 ^ i2)) {
      default:
        if (a3.length - 1 < a3.length) a3[a3.length - 1] *= (i2 ** 0);
        const s8 = `$${["abc,def", ""].map(p9 => p9).map(p10 => '  pad  '.split(" ").join(""))}:${(!({ z_: 8, len: (-3), "c": (-42), 2: i2 }))} end`.slice(0, 48);
        break;
      case (0 / 0): {
        if ((!({ ...({ 2: 8 }), ...({ b: (0 / 0) }) }))) throw new TypeError("u:x");
        break;
      }
      case "1":
        const [, ...a11] = a3.filter((x12) => x12 === x12).sort((x12, y13) => x12 - y13);
        break;
      case 10:
        var b14 = (a3.slice(1).includes((true ? i2 : 8)) < (Math.floor((-0b101)) >>> (-1e-7)));
        var o15 = ({ "len": i2, x: 255, b: i2, z_: 9007199254740991 });
        break;
    }
    let caught16 = null;
    try {
      let a17 = Array.from({ length: 2 }, (_, i18) => i18 * 5e-324).filter((p19) => (p19 == p19));
      if ((!1)) break;
      var a20 = [...a3, ...[5, 0, (-0), 5, 8, (-1e21)]].slice(0, 16);
    } catch (e21) {
      caught16 = typeof e21?.message === "string" && e21.message.slice(0, 2) === "u:" ? e21.name + "/" + e21.message : (e21?.name ?? e21);
    }
  }
  for (let i22 = 1; i22 > 0; i22--) {
    let caught23 = null;
    try {
      const o24 = ({ ...({ ...({ c: 0.2, 2: (-100), i22 }), b: (i2 * (-255)) }), y: (("" ?? 0) + (i2 & i22)) });
      o24.k1 ??= i22;
      if ("x,y,z".startsWith("a-b-c")) throw new Error("u:" + 'single'.toUpperCase());
    } catch (e25) {
      caught23 = typeof e25?.message === "string" && e25.message.slice(0, 2) === "u:" ? e25.name + "/" + e25.message : (e25?.name ?? e25);
    } finally {
      let s26 = `${i2}-${true} end`.split("|").join(" ").slice(0, 48);
    }
  }
  let n27 = ((true + 9) ** 0);
  return (n27 *= n27);
}
let b28 = (![42, ...[9, (0 / 0), 5, (0 / 0)], ...[16, 2.5, (-2.5), (-1e-7), .5]]);
for (let i29 = 0; i29 < 12; i29 += 3) {
  switch (i29) {
    case 10:
      break;
    default:
      b28 = (typeof undefined === "number");
      b28 = (b28 || (i29 === 0.5));
    case (-1):
      const s30 = JSON.stringify([0, 2, i29].includes((+[])), null, "  ").slice(0, 48);
      break;
    case (-0):
    case (0 / 0):
  }
}
return [b28, ((1 / 0) < 7), "ÅÉü".indexOf("ab")];
