// Kitwork fuzz failure, program seed 3077141638
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:rue
// VM: throw <value>: Error: u:rue
// replay: node --import tsx test/fuzz/run.ts --replay 3077141638

if (true) throw new Error("u:" + "true".slice(1));
switch (((-256) * (-0))) {
  case (-0):
    if ((false || false)) {
      for (const it1 of Object.keys(({ ["n" + 2]: 6 }))) {
        var a2 = [9007199254740993, (0 / 0)];
        const a3 = [...a2, ...a2].filter(p4 => false).slice(0, 16);
        a2.pop();
      }
    }
    const b5 = ["line\nbreak", "back\\slash", "Hi there"].includes("0");
  default:
  case 0:
    const a6 = [5, 5, (0 / 0), (1 / 0), 4, 2].filter((p7) => false);
  case "1":
    break;
  case 2:
    let x8 = [];
    var b9 = ("ÅÉü" < "back\\slash");
    break;
}
let a10 = [].slice(2, 0).filter((x11) => x11 === x11).sort((x11, y12) => x11 - y12);
let n13 = ((0 * 1e3) + (0 >> 3));
const a14 = [(-1 / 0)].map(p15 => ((-0.1) * (-0o17)));
if ((n13 < ["back\\slash", "\u0041\x42", '😀x'].length)) {
  ++n13;
  for (let i16 = 0; i16 <= 10; i16++) {
    switch (i16) {
      case 0:
        const n17 = ((n13 - "back\\slash".length) - (((-1e21) <= n13) ? [(-1_000), 3, 3, (-0), 9007199254740991, 2].indexOf(n13) : ["x,y,z", "😀x", "a", "abc,def"].length));
        break;
      case 3:
        break;
      case 1:
      case (-1): {
        const o18 = ({ ...({ x: i16, z_: 2147483647, b: 3.75, len: n13, ["c"]: 4 }), k1: Math.trunc(5) });
        a10 = a14;
        break;
      }
      default: {
        break;
      }
    }
  }
  a10.pop();
} else {
  let caught19 = null;
  try {
    let s20 = "Hi there".charAt(4);
  } catch (e21) {
    caught19 = typeof e21?.message === "string" && e21.message.slice(0, 2) === "u:" ? e21.name + "/" + e21.message : (e21?.name ?? e21);
  }
  a10 = a10;
}
return [a10, n13, a14, a10.includes(n13)];
