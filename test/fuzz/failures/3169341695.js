// Kitwork fuzz failure, program seed 3169341695
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:0😀x
// VM: throw <value>: Error: u:0😀x
// replay: node --import tsx test/fuzz/run.ts --replay 3169341695

const n1 = (((3 < (-2)) ? [(0 / 0), 6, 8, (-4294967295)].map((x2) => x2 + "") : null) ?? (true + Math.max((-8))));
const f3 = (p4 = (-0), ...rest5) => (n1 - n1);
if (("3.5".slice(0) >= `$${false}`)) throw new Error("u:" + ("0" + "😀x"));
const o6 = ({ len: 1e-7, c: 2.5, 10: 5e-324 });
const a7 = [(-2), 0.5, (-0o17), 8, 0b101].map((p8, i9) => 2147483647).filter(p10 => (n1 > n1)).slice(1);
switch ("Hi there".padEnd(4, "0")) {
  default:
    break;
  case "":
    let a11 = a7.filter(p12 => (a7[1] === null));
    var n13 = n1;
    break;
  case "0":
    let w14 = 0;
    while (w14 < 20) {
      w14++;
      if ((n1 == (-7))) {
        var o15 = ((n1 < n1) ? o6 : ({ ...(false ? o6 : ({ "a": 0o17 })), ...o6 }));
        const o16 = ({ "c": ((0 !== null) ? a7.reduce((acc17, x18) => acc17 * x18, 0) : Math.trunc(n1)), y: (["😀x", "true"].includes("tab\tend") ? Math.max(n1) : Math.round(n1)), k1: 1_000 });
      } else {
        f3((n1 * 255));
      }
      const o19 = o6;
      for (const it20 of Object.keys(o19)) {
        const n21 = 32;
        if (a7.length < 8) a7.push((-1e21));
        a7.pop();
      }
    }
    for (let it22 of (false ? "x,y,z" : "  pad  ")) {
      const b23 = "".repeat(2).repeat(3).includes("😀x");
      if (0 < a7.length) a7[0] = f3(...a7);
    }
    break;
  case "a":
    break;
  case "x,y,z":
    let caught24 = null;
    try {
      var s25 = ('0' + ({})).slice(0, 48);
      const n26 = n1;
      if ((!n1)) throw new Error("u:" + `-${["😀x", 'b']} ${s25}:${'abc,def'}\`q`);
    } catch (e27) {
      caught24 = typeof e27?.message === "string" && e27.message.slice(0, 2) === "u:" ? e27.name + "/" + e27.message : (e27?.name ?? e27);
    }
    if ([4294967295, (-42), 4].includes(n1)) {
      if ((['b', "3.5", "\u0041\x42"] != o6)) {
        const n28 = n1;
      }
      if ((false && false)) {
        var s29 = JSON.stringify(({ ...({ "k1": (-1.5), 10: 9, "z_": 0.2, "0": (-5e-324) }), len: 1e-7 })).toUpperCase().slice(0, 48);
      } else {
        f3((-8));
        const n30 = f3();
      }
    }
}
return [n1, o6, a7];
