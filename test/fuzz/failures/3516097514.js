// Kitwork fuzz failure, program seed 3516097514
// reason: different results
// V8: ok [{"2":100,"len":2,"z_":2147483647,"b":2,"c":5,"a":255},null,{"len":-9007199254740992},0]
// VM: ok [{"2":100,"len":2,"z_":2147483647,"b":2,"c":5,"a":255},"TypeError",{"len":-9007199254740992},0]
// replay: node --import tsx test/fuzz/run.ts --replay 3516097514

const adder1 = (k) => (v) => v - k;
const add2 = adder1(Math.round(4));
if (Array.isArray("")) {
  const acc3 = (() => {
    let total = 0;
    const items = [];
    return {
      add: (v) => {
        total += v;
        if (items.length < 32) items.push(v);
        return total;
      },
      get: () => total,
      list: () => items.slice(),
    };
  })();
} else {
  let a4 = [2, (-1.5)].filter(p5 => true).slice().sort().concat([].map(p8 => "3.5").map((q9) => q9.length)).slice(0, 16);
}
let o10 = ({ ...({ "len": 2, z_: 4, "b": 2 }), ...({ c: 5, a: 255, "z_": 2147483647, 2: 100 }) });
let caught11 = null;
try {
  if (('single'.toUpperCase() >= [].join(","))) {
    var s12 = '😀x'.trim();
    switch (4) {
      default:
        s12 ||= (typeof [3, 3, 1.5, 0, (-1e-7), (-31)]);
      case (-0):
        let n13 = [3, (2 / 10), (-1_000)].indexOf((("s" % ({})) ?? (-(1 / 0))));
        break;
      case 3: {
        var b14 = (typeof [6, 5].map((p15) => p15) === "object");
        b14 = [3, 7, 7, 10].includes(1e3);
        break;
      }
      case (-1): {
        let sa16 = [...[""]].sort((x17, y18) => (x17 < y18 ? 1 : x17 > y18 ? -1 : 0));
        sa16 ||= (true ? "b" : "  pad  ").split(",");
      }
      case 0:
        let n19 = add2([10, 10, 6, 8, 10].slice().sort().reduce((acc20, x21) => acc20 + x21, 1));
        break;
    }
  } else if ((![1])) {
    o10 = ({ ...o10, len: 1.5e300 });
    const o24 = ({ ...({ k1: 8 }), z_: (2 - 4) });
  }
} catch (e25) {
  caught11 = typeof e25?.message === "string" && e25.message.slice(0, 2) === "u:" ? e25.name + "/" + e25.message : (e25?.name ?? e25);
} finally {
  let x26 = [({ "c": (false + 5), "z_": (9 + (-4294967296)), ...o10, a: (-0) })];
}
var o27 = ({ len: (-9007199254740993) });
return [o10, caught11, o27, ((-5e-324) << 2)];
