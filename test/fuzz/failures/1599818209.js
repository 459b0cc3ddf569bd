// Kitwork fuzz failure, program seed 1599818209
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:abc,def
// VM: throw <value>: Error: u:abc,def
// replay: node --import tsx test/fuzz/run.ts --replay 1599818209

const o1 = ({ ...({ k1: 4, len: .5, 10: 1e21 }), a: "zz".indexOf("") });
if ((undefined == undefined)) throw new Error("u:" + "abc,def");
const n2 = (((-(-2147483647)) % (6 - 5)) * (((-3) ** 0) / [].length));
if ([].includes("  pad  ")) {
  const f3 = function () {
    if ((['-7', "a b c", 'hello'].includes("MiXeD") !== [0o17].map((p4) => 5e-324))) return [n2, 8, 7];
    const sa5 = ["x,y,z", "abc,def", "b", "Hi there", "😀x"];
    if ((Math.abs(n2) > (true ? n2 : 4))) {
      let n6 = (true + n2);
      for (var i7 = 0; i7 <= 17; i7++) {
        const n8 = (o1.a ?? 4);
      }
      switch ((+null)) {
        case 2: {
          break;
        }
        case 3:
          const { c: n9 = 256, len: n10 = 6 } = ({ "0": 6, len: 5, y: 10, z_: (-0) });
          if (sa5.length < 64) sa5.push('  pad  '.split(", ").join(" "));
          break;
        default:
          let [n11 = (0 / 0), n12 = 0, ...a13] = [9007199254740993, ...[0.2, 6, 3, 3, 6], ...[1e3, 0.2, 2]];
          break;
      }
    }
    if (sa5.length < 64) sa5.push("MiXeD".slice(1, 6));
    return [(-2), 0.2, (-1e21), 3, 2, 9].map((p14, i15) => n2).slice(0, 0);
  };
}
for (let i16 = 0; i16 <= 18; i16 += 1) {
  const { x: n17, len: n18 = 4, b: n19 = (-2147483647) } = o1;
  const adder20 = (k) => (v) => v * k;
  const add21 = adder20([].indexOf(n2));
  function f23() {
    let [n24, n25 = (-123.456)] = [10, 3, 2, 0, 10].slice(2);
    switch ("tab\tend") {
      case "0":
        break;
      case "x,y,z": {
        const s26 = "a b c";
      }
      default: {
        for (let i27 = 20; i27 > 0; i27--) {
          const o28 = o1;
        }
        ++n25;
        break;
      }
      case "hello":
        for (const it29 of [n25, 3]) {
          const a30 = Object.entries(o1).map((e31) => e31[1]).slice().sort();
          if ((["hello", 'null', "true", "ÅÉü"].includes('ab') || (false || true))) throw { code: Math.floor((-1.5)) };
          if (a30.length - 1 < a30.length) a30[a30.length - 1] *= '-7'.length;
        }
        break;
    }
    return JSON.stringify([], null, 2).slice(0, 48);
  }
}
return [o1, n2];
