// Kitwork fuzz failure, program seed 3532708523
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:b,k1,a
// VM: throw <value>: Error: u:b,k1,a
// replay: node --import tsx test/fuzz/run.ts --replay 3532708523

const f1 = function (p2) {
  let caught3 = null;
  try {
    var s4 = ([].join(",") + "3.5".trim()).slice(0, 48);
    if ((null == undefined)) throw (+p2);
    s4 = s4.slice((-1));
  } catch (e5) {
    caught3 = typeof e5?.message === "string" && e5.message.slice(0, 2) === "u:" ? e5.name + "/" + e5.message : (e5?.name ?? e5);
  }
  var n6 = (p2.filter((x7) => x7 === x7).sort((x7, y8) => x7 - y8).indexOf((9 - (-1 / 0))) - (-(true ? (-2147483648) : 9)));
  var s9 = "true";
  return Object.keys(({ "b": 10, k1: 5, a: (-0) })).join(",").slice(0, 48);
};
let [n10 = 9, ...a11] = [9, (-3.75), (-0b101), 2].map(p12 => 2.5);
const sa13 = "ab".split("-");
const b14 = ((((1 / 0) < (-255)) ? `a${a11} ${false}\n${"hello"} end` : null) === null);
if (((true || false) === (a11[n10] ?? 9))) {
  for (const it15 of Object.keys(({ ...({ "y": (-1 / 0), "len": (-0), b: 1.5e300, x: 20 }), b: n10 }))) {
    if (0 < a11.length) a11[0] += ["zz", "true", "b", '0'].length;
  }
}
if ((!({ 0: (-123.456), 2: n10, z_: (0 / 0), k1: (-1e21) }))) {
  let s16 = "1e3".split("").join(", ");
}
let x17 = a11[5];
if (("x,y,z".padEnd(9, "*") > "0".toLowerCase())) {
  const f18 = (p19, p20, p21 = (1 / 0)) => {
    const n22 = 1e21;
    const s23 = ((1.5e300 % [(-5e-324), (-0xff), 2147483648].length) + (typeof (n10 <= n22))).slice(0, 48);
    for (let i24 = 0; i24 < 4; ++i24) {
      x17 = x17;
    }
    if ((b14 && (!"abc,def"))) {
      const n25 = 1.5e300;
      let caught26 = null;
      try {
        let o27 = ({ a: p21 });
        const x28 = `${(a11.includes(s23.charCodeAt(1)) ? JSON.stringify([(-0), n22, (1 / 0), 10, .5, 8], null, "  ") : undefined)}`.slice(0, 48);
        if ((n22 < n10)) throw new Error("u:" + 'b'.padEnd(5, "*"));
      } catch (e29) {
        caught26 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
      }
    }
    return ({ k1: 2, "a": 7, len: (-0.2), y: (-1.5) });
  };
  for (const it30 of [9, (-3)]) {
    const { b: n31 = (-1 / 0) } = ({ "len": 5, k1: 16, x: 1000, 10: (-0) });
    const n32 = ((it30 % n10) ** 0.5);
  }
  const o33 = ({ 0: (-1 / 0), "z_": (0 / 0) });
} else {
  let b34 = (("a" >= "hello") || ((-10) !== x17));
}
if (b14) throw new Error("u:" + f1([3, (-2147483647), 255, (-1.5)]));
return [n10, a11, b14, x17, 'ab'.slice()];
