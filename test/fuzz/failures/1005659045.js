// Kitwork fuzz failure, program seed 1005659045
// reason: V8 returned, VM threw
// V8: ok [-Infinity,-4294967296]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1005659045

if ([].map((p1) => 1).includes((+[(-0), 10, 4, 4]))) {
  let n2 = (((-256) >> (-(-0))) >>> [].map((p3) => p3).indexOf((true ? 2 : 1.5)));
} else if (Array.isArray(6)) {
  for (let i4 = 0; i4 < 6; i4 += 1) {
    const s5 = (typeof false);
  }
  if ([].includes(4294967296)) {
    var b6 = (2 === 6);
    const [n7, n8 = (-8)] = [(-5), (-1000), 8, 3.75].filter((p9) => b6);
    let sa10 = ("b" + "line\nbreak").split("").map((p11) => "a-b-c").slice(0, 16);
  } else if (true) {
    for (const [k13, v14] of Object.entries(({ y: 5 }))) {
      const x15 = ({});
      var o16 = ({ len: 32, "z_": (0 / 0), 10: 5e-324, y: Math.sqrt(["zz", "  pad  ", "a"].length) });
    }
  }
} else {
  if (['0', "3.5"].includes('null')) {
    let a17 = [10].slice().sort().map(p20 => Math.floor(p20)).map(p21 => p21);
    let caught22 = null;
    try {
      let [n23 = (-9007199254740993), n24 = 6, ...a25] = ["ÅÉü", "  pad  ", "Hi there", "\u0041\x42", "MiXeD"].map((q26) => q26.length);
      if (0 < a17.length) a17[0] += (true ? 10 : n23);
      let n27 = ((n24 ** 0) + (n24 << 1e3));
      if (((-1 / 0) == 1e21)) throw "line\nbreak";
    } catch (e28) {
      caught22 = typeof e28?.message === "string" && e28.message.slice(0, 2) === "u:" ? e28.name + "/" + e28.message : (e28?.name ?? e28);
      var b29 = (false && false);
    } finally {
      let n30 = ((true || true) ? (65535 - 5) : "-7".indexOf("hello"));
      n30 <<= "a-b-c".split("").length;
    }
    a17.pop();
  } else if (([].indexOf(32) < (7 / 3.75))) {
    let s31 = (typeof false);
    for (const it32 of [(0 / 0), 7, 1]) {
      const b33 = ((s31 !== s31) || ["hello"].includes(s31));
    }
  } else {
    const o34 = ({ ["k" + 1]: 4 });
  }
}
const f35 = function (p36, p37, p38) {
  const b39 = ((-p38) == (false ? p38 : p38));
  let w40 = 0;
  do {
    w40++;
    const x41 = `${([...[1.5, (-0xff), 2147483648].map(p42 => p42)].filter((x43) => x43 === x43).sort((x43, y44) => y44 - x43) * ({ p: Math.max(p38, p38, 9), q: { r: p36.trim() } }))}`.slice(0, 48);
    ++p38;
  } while (w40 < 12);
  try {
    return [(-1.5), 1, (-0.5), 10].map((p45) => w40);
  } finally {
    const o46 = ({ ...({ len: 2, "z_": 10, k1: 2, 10: .5 }), ...({}) });
  }
};
return [(-1 / 0), (-4294967296)];
