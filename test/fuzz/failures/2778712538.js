// Kitwork fuzz failure, program seed 2778712538
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:😀x
// VM: throw <value>: Error: u:😀x
// replay: node --import tsx test/fuzz/run.ts --replay 2778712538

for (let i1 = 0; i1 < 5; i1 += 3) {
  if ([0xff].includes(i1)) {
    for (const [k3, v4] of Object.entries((true ? ({ k1: (-16), y: 8, len: 42 }) : ({})))) {
      const a5 = [1, ...[8, 5, 9007199254740993], ...[(-9007199254740993), (-7), 1, (-0.2)]].slice(0, 16);
      const [n6 = (-1.5e300), n7 = (-31)] = (false ? [0b101, .5] : a5);
    }
    if ([6, (-100), 5, 7, (-0), 9007199254740993].includes((1 / 0))) {
      const o8 = (true ? ((!["true"]) ? ({ ...({}), ...({ x: 1.5e300 }) }) : ({ ...({}), ...({ y: (0 / 0), 10: 255, "x": (-0o17), "z_": 1e-7 }) })) : ({ ...({ ...({ x: (-0.5), "y": (1 / 0), "a": (-0) }), x: 4 }), ...({ ...({ "a": (-0.5), y: 0, "k1": 0.5 }), ...({ x: 3, 10: (0 / 0) }) }) }));
    } else if (false) {
      const n9 = ((true ? true : null) ?? [4, 3.75].indexOf(i1));
      let a10 = [].concat([(-5e-324)]).filter(p11 => false).slice(0, 16);
    } else {
      const s12 = ([(1 / 0), 10, 2, 0, 1_000, 5].map(p13 => 2).indexOf("-7".length) + ["12", "  pad  ", "ÅÉü", '1e3', "😀x"].join(",")).slice(0, 48);
      if ((s12.slice(3, 0) < s12)) continue;
    }
    const s14 = ("  pad  " + "".slice()).slice(0, 48);
  }
  var x15 = ({ p: (false ? [10, (-1 / 0)] : [100, (0 / 0)]), q: { r: (true ? "null" : "") } });
}
let n16 = ((-32) ** 1);
const a17 = [(1 / 0), 1, 1].map(p18 => p18).filter(p19 => Number.isInteger(p19));
if ((!(({}) ?? ({ z_: (-1e3), "k1": (-65535) })))) {
  function f20(p21 = "hello", p22 = "12", p23) {
    if (((true ? 1 : n16) != [(-1), 1, 8].reduce((acc24, x25) => acc24 * x25, 2))) {
      p23 |= (++n16);
    } else {
      const s26 = JSON.stringify([(false ?? a17)]).slice(0, 48);
      for (let i27 = 0; i27 < 9; i27++) {
        let sa28 = ["  pad  ", "MiXeD"];
        let a29 = [1.5e300, ...[4, 8, 31, 10, 2, 9007199254740993], ...a17].filter((p30) => "3.5".startsWith("ab")).map((p31) => Math.trunc((n16 = 1))).slice(0, 16);
        const n32 = (0 / p23);
      }
    }
    let s33 = (p21.slice((-2), 2).split(",").join(", ") + `${[(-16), 4294967296, 2, (-.5), 1.5e300].concat([9, 42, (-0)])}:${(p23 >= 0)}`).slice(0, 48);
    const [n34 = 8, n35 = 10, n36, ...a37] = a17;
    if ((a17.indexOf(16) >= (n35 % n16))) {
      p22 = (p22 + ((n34 * 0.1)).toFixed(1)).slice(0, 48);
      if (((n35 >= n36) && (p22 < s33))) return (n35 - p23);
      for (const it38 of "b") {
        if ((n16 > n34)) throw [2147483648, (-5)].reduce((acc39, x40) => acc39 + x40, 2);
        p23 |= (-2147483648);
      }
    }
    return (false ? 65535 : n34);
  }
}
if (((typeof false === "undefined") && "abc,def".includes("1e3"))) {
  ++n16;
  var n41 = n16;
} else {
  let x42 = a17[0];
}
const n43 = ((n16 += (n16 / n16)) >>> Math.max(n16, (true + n16), (n16 * n16)));
if (((n16++) != (n16 = n16))) throw new Error("u:" + "😀x");
return [n16, a17, n43];
