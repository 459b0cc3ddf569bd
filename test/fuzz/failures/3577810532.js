// Kitwork fuzz failure, program seed 3577810532
// reason: V8 returned, VM threw
// V8: ok [[],false,[1000,5],undefined,"[\"-7\"]"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3577810532

if ((({ a: 7 }) != 'ÅÉü'.split("-"))) {
  switch ("MiXeD".length) {
    case 0:
      if ((5 <= 5)) {
        var o1 = ({ k1: (1 / 0), "z_": (-0.5), y: (-100), len: 9, ["k" + 1]: 4294967296 });
        var x2 = `${(`${"".slice(5)} ${o1?.b}\`q` + ((-4)).toFixed(0).length)}`.slice(0, 48);
        const o3 = ({});
      }
      break;
    case 3:
      var a4 = [6, (((-0) >>> 6) / Math.max(1, 1)), (-1 / 0), (-0.1), (-31)];
      switch ((a4[(0 / 0)] ?? 9)) {
        default: {
          break;
        }
        case (-1): {
          break;
        }
        case 10: {
          let a5 = [...[4, (-1), (-0.5)].map((p6, i7) => p6).filter((x8) => x8 === x8).sort((x8, y9) => x8 - y9), ...[.5, ...a4.map((p10, i11) => i11), ...[0, 9, 8, (-0xff)].map(p12 => 8)]].slice(0, 16);
        }
      }
      break;
    case 10:
      break;
    case (-1):
      break;
  }
  const n13 = 1;
} else if ((true && false)) {
  let n14 = "1e3".length;
} else {
  const f15 = function (p16) {
    function f17(p18) {
      let x19 = ((false ?? []) ?? (5 - 7));
      --p16;
      const n20 = ((false ? 42 : p16) / (p16 >> p16));
      const b21 = (Array.isArray(x19) || (!true));
      return ((n20 === (0 / 0)) ? ({ ...({ "c": 0, a: (-0), "len": (-0), 0: 8 }), b: n20 }) : ({}));
    }
    return [123.456, (-2.5), 10, 0.5].join(",").slice(0, 48);
  };
  const o22 = ({});
}
for (let [k24, v25] of Object.entries(({ ...({ c: 1e3, "0": 1, "a": (0 / 0), "len": 9 }), len: 0b101 }))) {
  let n26 = (({ p: "", q: { r: k24 } }) ?? (9007199254740993 * v25));
}
const sa27 = Object.keys(({})).map(p28 => p28.padEnd(10));
const b29 = [(-31), (-0), 9007199254740993].slice(0).includes((+({ p: true, q: { r: 6 } })));
for (const [k31, v32] of Object.entries(({ ...({ a: 4294967295 }), k1: 9007199254740993 }))) {
  var s33 = (((sa27[0] ?? "1e3") + k31.slice())[1] ?? "MiXeD").slice(0, 48);
}
let a34 = [1_000, 5];
let [n35] = a34.filter(p36 => b29);
return [sa27, b29, a34, n35, JSON.stringify(["-7"])];
