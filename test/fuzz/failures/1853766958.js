// Kitwork fuzz failure, program seed 1853766958
// reason: V8 returned, VM threw
// V8: ok [{"p":[8,10,6,6,4,1],"q":{"r":["a","zz","😀x","  pad  ","-7"]}}]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1853766958

const x1 = ({ p: [8, 10, 6, 6, 4, 1], q: { r: ["a", "zz", '😀x', '  pad  ', '-7'] } });
switch (("1e3" + 0)) {
  case "ab":
    break;
  case "0":
    for (const it2 of Object.keys(({ ...({ a: 1, k1: 10 }), b: 6 }))) {
      for (var i3 = 5; i3 > 0; i3--) {
        var n4 = ((typeof [['3.5'], i3] === "boolean") ? i3 : (~[1e-7, (-1.5), (-0.2), (-10), 0].reduce((acc5, x6) => acc5 * x6, 1)));
        const [s7 = "zz", s8 = "  pad  ", ...sa9] = ['MiXeD', "tab\tend"];
      }
    }
    if ((7 === (-0))) {
      let w10 = 0;
      while (w10 < 4) {
        w10++;
        const sa11 = ["a", "-7", "1e3"];
      }
    }
    break;
}
if ((false || (true === ({ 0: 0xff, 2: 65535, len: (-3.75) })))) {
  const f12 = function (p13, p14, p15) {
    if (("ab" <= "😀x")) return ('  pad  ' + "x,y,z").slice(0, 48);
    const b16 = ((3.75 !== 8) === [5, 4].map((x17) => `${x17}`));
    p14 &= (p14 | 32);
    return "😀x".split("-").join(", ");
  };
  for (let i18 = 0; i18 < 11; i18 += 3) {
    const a19 = [Math.max(i18, (true ? 5 : 4), ("s" ?? i18)), 3];
    const x20 = x1?.p?.length;
    if (a19.length < 20) a19.push(Math.sign(0), [7, (-0.2), (-0), (-256), 1e21].reduce((acc21, x22) => acc21 * x22, 0));
  }
} else {
  let n23 = (3 / 2);
  for (let i24 = 19; i24 > 0; i24--) {
    if ((x1?.length == null)) {
      let a25 = [8, 7, (-0), (-0o17), 42, 6].filter((p26) => false).concat((+[])).slice(0, 16);
      let { a: n27, x: n28 } = ({ ...({ y: 10 }), b: (-0b101) });
    } else if ((i24 < i24)) {
      const [n29, n30 = (0 / 0), ...a31] = [1e3, 6].slice(3);
      const b32 = ((i24 - a31.reduce((acc33, x34) => acc33 * x34, 2)) >= n30);
    }
  }
}
if (([0o17, 20, (0 / 0)].join("|") != "MiXeD".split(" ").join("|"))) {
  for (let i35 = 0; i35 < 9; i35 += 2) {
    for (let i36 = 0; i36 <= 6; i36 += 1) {
      var a37 = [8, 4, (-1e3), 3].slice().sort();
    }
    let caught40 = null;
    try {
      const o41 = ({ ...({ b: 8, len: 5 }), ...({ 10: (-3), y: (-0), b: 10, "z_": .5 }) });
      const sa42 = [...["a b c", "zz", "a b c"]].sort((x43, y44) => (x43 < y44 ? 1 : x43 > y44 ? -1 : 0)).map(p45 => p45);
      if (Number.isInteger((1 / i35))) throw '12';
    } catch (e46) {
      caught40 = typeof e46?.message === "string" && e46.message.slice(0, 2) === "u:" ? e46.name + "/" + e46.message : (e46?.name ?? e46);
    }
  }
}
return [x1];
