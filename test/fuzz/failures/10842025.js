// Kitwork fuzz failure, program seed 10842025
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:helloNaN,4,10.5,4,10.5,7,10.5
// VM: throw <value>: Error: u:helloNaN,4,10.5,4,10.5,7,10.5
// replay: node --import tsx test/fuzz/run.ts --replay 10842025

let caught1 = null;
try {
  const [n2 = 6] = [(0 / 0), 2].map((p3, i4) => p3);
  if (('zz'.indexOf("-7") != "".length)) {
    let caught5 = null;
    try {
      const n6 = Math.floor(n2);
    } catch (e7) {
      caught5 = typeof e7?.message === "string" && e7.message.slice(0, 2) === "u:" ? e7.name + "/" + e7.message : (e7?.name ?? e7);
      let o8 = ({ ...((({}) !== 1) ? ({ x: 3.75, "0": 10, y: n2, ["k" + 1]: 3 }) : ({ ...({}), b: 4294967296 })), ...(false ? ({ len: 2, a: (0 / 0), z_: n2, x: 65535 }) : ({ 2: (-0) })) });
    } finally {
      const o9 = ({ ...({ x: n2, 10: n2, 2: 2, k1: 6 }), len: n2 });
    }
  } else if ((1 === n2)) {
    for (let i10 = 0; i10 <= 7; ++i10) {
      let s11 = (false ? `x=${["a-b-c", "a", "a b c"]}:${[1_000]}${false}`.slice((-4)) : (`$${["Hi there", "12", "a-b-c"]}a${[]}x=${"MiXeD"}` + "ab".padStart(2, "0"))).slice(0, 48);
      const a12 = [2147483647, 1, 0.5, (0 / 0), (-100), (-1 / 0)].map(p13 => 1000);
    }
  }
  if (('null' < "a b c")) throw (n2 % n2);
} catch (e14) {
  caught1 = typeof e14?.message === "string" && e14.message.slice(0, 2) === "u:" ? e14.name + "/" + e14.message : (e14?.name ?? e14);
}
const b15 = (["12", "q\"uote", "true"].length <= (-0xff));
var a16 = [(-0), 10].slice(1).map((p17) => Number("a-b-c"));
let a18 = a16;
let caught19 = null;
try {
  let sa20 = ['1e3', "-7", "12", "zz"].slice((-2));
  if ((caught1 !== null)) throw new TypeError("u:x");
} catch (e21) {
  caught19 = typeof e21?.message === "string" && e21.message.slice(0, 2) === "u:" ? e21.name + "/" + e21.message : (e21?.name ?? e21);
  for (const it22 of "0".repeat(3)) {
    var x23 = ((0 == undefined) ? a16 : null);
  }
} finally {
  switch (("q\"uote" + "3.5")) {
    case "ab":
      const s24 = (typeof ((7 % 7) === (9007199254740993 * 10)));
      break;
    default:
      let o25 = ({ ...({}), k1: 100 });
      let b26 = "a-b-c".includes("a");
  }
}
for (const it27 of ["true", "true", "  pad  "]) {
  const b28 = true;
  if (a16.length < 8) a16.push(it27.length, (2.5 + 8));
  const o29 = ({ a: 1, "z_": 32 });
}
const o30 = ({ ...({ x: a18.reduce((acc31, x32) => acc31 + x32, 0), z_: 6, b: 0.1 }), k1: Math.sign((a18[3] ?? 9)) });
if ((7 >= (-0o17))) throw new Error("u:" + ("hello" + a18));
if (a16.length < 20) a16.push((b15 ? (-1e21) : (-2)));
o30["len"] = 1;
return [caught1, a16, a18, caught19, o30];
