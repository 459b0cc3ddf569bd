// Kitwork fuzz failure, program seed 2551391149
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:tab	end5,8,213,-256,-3,256,6,255,1000,2,-Infinity,255,5
// VM: throw <value>: Error: u:tab	end5,8,213,-256,-3,256,6,255,1000,2,-Infinity,255,5
// replay: node --import tsx test/fuzz/run.ts --replay 2551391149

const a1 = [...[5].concat([8, (-42), (-256), (-3), 256]), ...[6, ...[255, 1000, 2, (-1 / 0), 0xff], ...[5]]].slice(0, 16);
const adder2 = (k) => (v) => v - k;
const add3 = adder2((5 + 0.1));
const a4 = a1;
const sa5 = ["b", "true"];
const f6 = function (p7 = 9) {
  const f8 = (p9, p10, p11) => "-7".split(", ").filter((p12) => ("" > ({ z_: 9007199254740993, "2": 6 })));
  return ({ z_: p7, a: (1 / 0), c: 4 });
};
let caught13 = null;
try {
  const sa14 = a1.map((x15) => x15 + "");
} catch (e16) {
  caught13 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
}
if (2 < a4.length) a4[2] += (a4[7] ?? (-5));
let w17 = 0;
while (w17 < 11) {
  w17++;
  var o18 = ({ 2: (0 / 0), y: 1.5, b: "line\nbreak".padEnd(8, "0").length });
}
let a19 = [8, 4294967295, 0.1, (-0o17), 3].filter((p20) => true);
if ((("0" != "ab") || (2.5 !== w17))) throw new Error("u:" + ("tab\tend" + a4));
let a21 = a4;
switch ("hello".indexOf("3.5")) {
  case (-1):
  default:
    const sa22 = "ab".split(",");
    break;
}
let caught23 = null;
try {
  let n24 = (w17 % w17);
  for (const it25 of a19) {
    add3((w17 >>> 8));
    a21 = [100, ...a21, ...[].slice((-1), (-1))].slice(0, 16);
    let caught26 = null;
    try {
      const a27 = a21;
      if ((caught13 !== null)) throw "line\nbreak";
    } finally {
      const sa28 = ["😀x", "0", "1e3"];
      n24 = (2 / it25);
    }
  }
  let s29 = "back\\slash".toUpperCase();
} catch (e30) {
  caught23 = "outer";
} finally {
  let caught31 = null;
  try {
    const s32 = ` ${[2, 1e3, (-5), 16]}:${""}$${w17}!`.slice(0, 48);
  } catch (e33) {
    caught31 = "outer";
  } finally {
  }
}
return [a1, caught13, a19, a21, caught23, (typeof 1 === "number")];
