// Kitwork fuzz failure, program seed 2970215037
// reason: V8 returned, VM threw
// V8: ok [{"b":160000,"z_":8,"len":160000,"k1":160000,"c":8,"x":1e-7},160000,false,160000,"u","😀x3.5"]
// VM: throw TypeError: TypeError: adder6 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 2970215037

const x1 = ["q\"uote", "ab", "a b c", "a-b-c"];
const f2 = (p3, p4, p5) => p3;
const adder6 = (k) => (v) => v * k;
const add7 = adder6((+x1));
let o8 = ({ "c": 8, x: 1e-7 });
switch (["-7", "b", "MiXeD"].length) {
  case (0 / 0):
    break;
  case 0:
    const n9 = ((Number.isInteger((5 / (-9007199254740993))) ? 1 : 0) / Math.floor(5));
  case 10: {
    o8 ??= ({ "b": 42, y: 0 });
    break;
  }
  case "1": {
    for (const [k11, v12] of Object.entries(o8)) {
      let a13 = [4, 10, 0.2, 2147483648].filter(p14 => false).map(p15 => (null ?? 5));
      if (["12", "1e3", "hello"].includes('b')) break;
      switch (a13.join("-")) {
        case "ab":
          break;
        case "a": {
          break;
        }
      }
    }
    switch ("q\"uote".toUpperCase()) {
      case "0": {
        break;
      }
      case "x,y,z": {
        o8.len ??= Math.max((0 / 0), 3, (0 / 0));
        if (((+"a") < "a".indexOf("12"))) {
          let n16 = (Math.round(16) % 65535);
        }
        break;
      }
      default:
      case "hello":
        break;
    }
    break;
  }
  default:
    for (const [k18, v19] of Object.entries(({ ...o8, a: 6 }))) {
      const s20 = JSON.stringify(k18).slice(0, 48);
    }
    let o21 = ({ ...({ z_: (-1 / 0), c: (-1e3), "0": 8 }), ...({ ...o8, c: (+[4294967296]) }) });
    break;
}
const n22 = Math.max((Math.max(1000) % f2(256, "", "ÅÉü")), ([2, 100].reduce((acc23, x24) => acc23 * x24, 2) ** 2));
o8 = ({ b: n22, z_: 8, len: n22, "k1": n22, ...o8 });
let b25 = (![6].map(p26 => p26));
let n27 = (false + n22);
return [o8, n22, b25, n27, "q\"uote".slice(2, 3), ("😀x" + "3.5")];
