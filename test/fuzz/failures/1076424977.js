// Kitwork fuzz failure, program seed 1076424977
// reason: V8 returned, VM threw
// V8: ok [1048576,undefined]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1076424977

if ('  pad  '.includes("1e3")) {
  let { x: n1 = (-3), a: n2 = (-4294967295), c: n3, ...o4 } = ({ 2: (-1 / 0), k1: 0 });
  o4 = ({ ...o4, c: 5e-324 });
  o4["c"] = [(0 / 0), (-1 / 0), 1000].reduce((acc5, x6) => acc5 + x6, 2);
} else {
  for (let i7 = 19; i7 > 0; i7--) {
    const o8 = ({ c: 10, len: Math.min(), i7 });
    const b9 = false;
    let x10 = o8?.b;
  }
  let w11 = 0;
  do {
    w11++;
    const sa12 = [..."q\"uote".split(",")].sort((x13, y14) => (x13 < y14 ? 1 : x13 > y14 ? -1 : 0));
    const a15 = Array.from({ length: 2 }, (_, i16) => i16 * 16).filter((p17) => (true || true)).filter((p18) => false);
  } while (w11 < 6);
}
const n19 = ((-4) ** 10);
const { b: n20 } = ({ ...({ x: 7, len: (-0), "y": (-1 / 0), k1: (0 / 0) }), z_: n19 });
if ([].filter((p21) => false).includes((+[0xff, (-1 / 0), 1, 32]))) {
  let [s22 = "\u0041\x42", s23 = "zz", s24 = 'true', ...sa25] = ["b", "a b c", "x,y,z", "back\\slash"];
  const f26 = function () {
    if (true) {
      s24 = (s24 + ("MiXeD".at((-2)) ?? "")).slice(0, 48);
      let caught27 = null;
      try {
        const sa28 = sa25.filter((p29) => false).filter(p30 => (false === false));
        let o31 = ({ ...({ ...({}), ...({ b: 2, 2: (-2147483647), z_: 2 }) }), c: n19 });
        if ([2].includes(n19)) throw new Error("u:" + "0".split("|").join(", "));
      } catch (e32) {
        caught27 = typeof e32?.message === "string" && e32.message.slice(0, 2) === "u:" ? e32.name + "/" + e32.message : (e32?.name ?? e32);
        sa25.pop();
      } finally {
        var n33 = Math.min(((true ? n19 : n19) / (-32)));
        const b34 = (n19 == s24.indexOf(s23));
      }
    } else {
      const n35 = (true ? n19 : (-1e21));
    }
    sa25 = sa25;
    if ((s24.split(",").join(" ") <= s22.slice(1))) {
      let a36 = [].filter(p37 => false);
    } else if ((sa25.length !== ((-2) % (-0o17)))) {
      s24 = (s22[1] ?? "  pad  ");
      var a38 = [(-1.5e300), (-7), 4, 6, 32].map((p39) => n19).slice().sort();
    } else {
      sa25 = sa25;
      if ((Math.max(n19, n19) > n19)) {
        const a42 = [3, 0.5, 2.5, 6, 255].concat([256]).map((p43) => p43).slice(0, 16);
      } else {
        if (sa25.length < 8) sa25.push(['1e3', "true", "12"].join().slice(0, 48));
        const x44 = undefined;
      }
    }
    return ((n19 * (-3)) === (7 ** 0.5));
  };
}
return [n19, n20];
