// Kitwork fuzz failure, program seed 2405050864
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:3.5
// VM: throw <value>: Error: u:3.5
// replay: node --import tsx test/fuzz/run.ts --replay 2405050864

let caught1 = null;
try {
  const o2 = ((Math.ceil((-1000)) === "zz".indexOf("Hi there")) ? ({ ...({ b: 8, len: (-2.5), a: (-3.75) }), c: (2 >>> .5) }) : ({ z_: 10 }));
  for (let i3 = 0; i3 < 8; i3 += 2) {
    let n4 = i3;
  }
  var o5 = ({ ...o2, ...({ ...o2, a: 20 }) });
} catch {
  caught1 = "caught";
}
let s6 = ('3.5' + [4, 100, 0].slice((-1), (-2))).slice(0, 48);
if ((false || true)) throw new Error("u:" + (false ? s6 : s6));
function f7(p8, p9, p10 = 3) {
  const b11 = (typeof ("line\nbreak".repeat(2) + ("ÅÉü" == "ab")) === "boolean");
  let n12 = "a b c".indexOf('abc,def');
  function f13(p14 = [1, 2]) {
    for (const it15 of Object.keys(({ ...({ len: 7, c: (-4), 0: (1 / 0), 10: 3 }), k1: p10 }))) {
      let [n16, ...a17] = (b11 ? [4, (-1), 1.5] : p8);
    }
    const s18 = "MiXeD";
    const n19 = (-(p14[n12] ?? 4294967295));
    let { x: n20 = (-0), len: n21 } = ({ 10: 5e-324, c: n12, b: 31 });
    return (+p14);
  }
  const x22 = s6.toUpperCase().toLowerCase();
  return ("-7" + ({ x: 10, 10: (-1 / 0) })).slice(0, 48);
}
switch (("s" ?? 256)) {
  case (-1): {
    var n23 = Math.min(Math.abs((-7)));
    for (let i24 = 0; i24 <= 10; ++i24) {
      let s25 = `x=${"".split("-")}-${Math.min()}\`q`.slice(0, 48);
      let caught26 = null;
      try {
        let b27 = (caught1 !== undefined);
        if (["null", "12", "zz", 'true', "\u0041\x42"].includes(s25)) throw [9];
        if ((![])) throw [123.456, (-2), (-4), (-1e-7), 0.1, (1 / 0)];
      } catch (e28) {
        caught26 = typeof e28?.message === "string" && e28.message.slice(0, 2) === "u:" ? e28.name + "/" + e28.message : (e28?.name ?? e28);
        let o29 = ({ ...({ 10: 9007199254740993 }), ...({}) });
      }
      n23 /= Math.abs(n23);
    }
  }
  default:
    var b30 = (''.includes("x,y,z") || (true && false));
    let a31 = [0, 0b101, 2, 0xff].filter((x33) => x33 === x33).sort((x33, y34) => x33 - y34).map((x32) => x32 + "").map((q35) => q35.length);
    break;
}
return [caught1, s6, (typeof null === "boolean")];
