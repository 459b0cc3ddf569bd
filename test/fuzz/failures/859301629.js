// Kitwork fuzz failure, program seed 859301629
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:
// VM: throw <value>: Error: u:
// replay: node --import tsx test/fuzz/run.ts --replay 859301629

let b1 = true;
if (((true ? 7 : (-1_000)) >= "  pad  ".length)) throw new Error("u:" + "3.5".charAt(3));
let { len: n2 = (-4294967296), c: n3 = 123.456 } = ({});
const { b: n4 = 1, c: n5, a: n6 = 0 } = ({ ...({ "10": (0 / 0) }), y: n3 });
let n7 = (("null".indexOf('hello') <= (n2++)) + (n5 ?? Number("0")));
switch ((b1 ? (-32) : n6)) {
  case 3: {
    const sa8 = Object.keys(({ ...({ b: (-32) }), k1: n7 }));
    for (let i9 = 0; i9 < 16; i9 += 3) {
      for (let i11 = 0; i11 <= 2; i11++) {
        n7 += 'single'.indexOf("a b c");
        sa8.sort();
      }
      for (var i12 = 0; i12 < 2; i12 += 1) {
        [n3, n2] = [n2, n3];
      }
      let w13 = 0;
      while (w13 < 2) {
        w13++;
        let n14 = Math.sign((Number.isInteger([(0 / 0), (1 / 0), 9, 4, (-1e21)].indexOf(i12)) ? 1 : 0));
        ++n14;
      }
    }
    break;
  }
  case (-1):
    break;
}
b1 = (typeof ({ y: 1, "10": (-31), k1: 10 }) === "string");
if (((!({ 2: 1e21, 10: 9 })) && ["MiXeD", "a b c", "hello", "😀x", "-7"].includes("a"))) {
  if ((false && b1)) {
    let caught15 = null;
    try {
      n7 = Math.min();
    } catch (e16) {
      caught15 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
    } finally {
      const sa17 = ["1e3", "12", "3.5", "a-b-c", "b"];
    }
    var a18 = [];
    switch ((n3 | (1 / 0))) {
      case 3:
        let n19 = 9;
        var sa20 = Object.keys(({ b: (1 / 0), ["k" + 1]: (0 / 0) }));
    }
  } else {
    const o21 = (b1 ? ({ k1: 4, a: 1000 }) : ({ x: 9 }));
    const a22 = ((n5 !== null) ? [(-1e21)].slice((-2)) : [5, 10, 256].filter((x23) => x23 === x23).sort((x23, y24) => x23 - y24));
  }
  b1 = Array.isArray(n5);
}
const o25 = ({ ...(b1 ? ({ "y": 4294967295, 10: 9007199254740993, "c": 0, "a": 8 }) : ({ b: (-10), k1: (-32), y: 1e21, a: (-1 / 0) })), z_: Math.sign(n7) });
n7 |= "hello".length;
var s26 = ("3.5" + "12").slice(0, 48);
return [b1, n3, n4, n6, n7, o25, s26, String(b1)];
