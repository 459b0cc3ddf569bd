// Kitwork fuzz failure, program seed 3238604851
// reason: different results
// V8: ok [[],[10,1000,4,6,7,8],[9007199254740991,-0,255,9,1,10,1000,4,6,7,8],[],0]
// VM: ok [[],"",[],[],0]
// replay: node --import tsx test/fuzz/run.ts --replay 3238604851

const sa1 = [];
const f2 = function (p3) {
  const sa4 = [...['3.5', "q\"uote", "-7", "😀x"].slice(0)].sort((x5, y6) => (x5 < y6 ? 1 : x5 > y6 ? -1 : 0)).filter((p7) => (({ p: 'true', q: { r: p3 } }) === undefined));
  try {
    return (-100);
  } finally {
    if ((typeof 0 === "boolean")) {
      let o8 = ({ ...({ z_: (1 / 0), a: (false ?? (-20)), y: .5, x: 1 }), ...({ b: "ÅÉü".indexOf("  pad  "), 0: (0 / 0), len: 100 }) });
      p3 ??= Math.round(0o17);
      const a9 = [...[(-1e-7), (0 / 0), 1].concat([4, 2]).concat((true ? p3 : p3))].filter((x10) => x10 === x10).sort((x10, y11) => y11 - x10).slice(0, 16);
    } else if (((p3 < (-100)) && (0 === null))) {
      const b12 = (("Hi there"[0] ?? "null") === "1e3".slice(6));
    } else {
      if (sa1.length < 20) sa1.push((false ? 'single' : "  pad  "));
      let [n13 = 4, n14 = 1, ...a15] = Array.from({ length: 0 }, (_, i16) => i16 * 3);
    }
  }
};
const x17 = (("MiXeD".slice(6) < (typeof ({ z_: 8, 10: (-16), "0": 1 }))) ? sa1 : null);
const a18 = [6, 7, 4, 8, 1000, 10].map((p19) => p19).slice().sort();
const f22 = function (p23, p24) {
  if (0 < a18.length) a18[0] *= p24;
  if (((p23 = p23) <= a18.reduce((acc25, x26) => acc25 - x26, 1))) throw new RangeError("u:x");
  if (("back\\slash" + [(-7), (-7)]).includes((false ? "null" : "ab"))) {
    let b27 = Array.isArray(p24);
  } else {
    const sa28 = Object.keys(({ ...({}), x: p24 }));
    if ('12'.startsWith("tab\tend")) return Math.min(...a18);
  }
  return Math.sign(p23);
};
const n29 = "😀x".indexOf(`${Object.keys(({ "k1": (-0), 0: 2, c: 8 }))}${(false + [])}:${a18.filter(p30 => false)} end`);
if (([true] !== undefined)) {
  let b31 = false;
  const a32 = (("Hi there" != "q\"uote") ? a18.slice((-1)) : sa1.map((q33) => q33.length));
  function mk34(start, step = 1) {
    let c35 = start;
    return () => {
      c35 += step;
      return c35;
    };
  }
  const ctr36 = mk34(4, (-0.1));
  const ctr37 = mk34(5);
} else if (false) {
  const f38 = function (p39, p40, p41 = 4294967295) {
    for (let i42 = 0; i42 <= 8; i42 += 1) {
      const a43 = [...p39].filter((x44) => x44 === x44).sort((x44, y45) => y45 - x44);
    }
    return ({ ...({}), ...({ y: (0 / 0) }) });
  };
}
let a46 = [...[9007199254740991, (-0), 0xff, 9, 1], ...a18].slice(0, 16);
var n47 = (x17 ?? n29);
return [sa1, a18, a46, n47, (n47++)];
