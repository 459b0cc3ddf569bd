// Kitwork fuzz failure, program seed 2276773805
// reason: V8 returned, VM threw
// V8: ok ["1E-7",-4294967295]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2276773805

const s1 = String(1e-7).toUpperCase().toUpperCase().slice(0, 48);
if (false) {
  const f2 = (p3, p4, p5) => ({ p: [p3], q: { r: ({ p3 }) } });
  if ([].includes(s1)) {
    for (let i6 = 0; i6 < 8; i6++) {
      const o7 = ((undefined <= ["q\"uote", '12', 'ÅÉü']) ? ({ ...({}), ...({ "10": 6, k1: 6, b: (-0) }) }) : ({ ...({}), len: i6 }));
      let [n8 = 8, , n9 = 9, ...a10] = [4, 9, 0o17, 6, 0b101, 6].slice(1);
      n9--;
    }
    const a11 = [3.75, 255, 8, (-0), 256].concat([]).slice().sort().concat(["true", 'b', "Hi there", "a b c", "back\\slash"].map((q14) => q14.length)).slice(0, 16);
    const o15 = ({ ...({ "k1": 4 }), y: 5 });
  } else if ((0 == 3.75)) {
    let n16 = "-7".indexOf("a-b-c");
    const n17 = [].filter((p20) => false).reduce((acc18, x19) => acc18 * x19, 0);
  } else {
    let caught21 = null;
    try {
      let [s22 = "ÅÉü"] = ["3.5", "tab\tend", "3.5", "null", "a"].map(p23 => s1);
      let [n24 = (-9007199254740993), n25 = (-1 / 0), n26 = 0.2, ...a27] = [(-1000), 20, (0 / 0)];
    } catch (e28) {
      caught21 = typeof e28?.message === "string" && e28.message.slice(0, 2) === "u:" ? e28.name + "/" + e28.message : (e28?.name ?? e28);
    }
  }
} else if (true) {
  if (false) {
    for (let i29 = 0; i29 <= 17; ++i29) {
      var n30 = Math.floor(i29);
      let sa31 = ["ab", 'b', "MiXeD"].filter(p32 => true);
      const n33 = [(1 / 0), 0.2].indexOf(i29);
    }
    let caught34 = null;
    try {
      var o35 = ({ b: 3, z_: 10, k1: 7, a: 1 });
      o35 = ({ "10": (-9007199254740991), z_: 9 });
      let o36 = ({ a: (-9007199254740991), b: (0 & (-2147483647)), "k1": 9, c: Math.min((-16), .5) });
    } catch (e37) {
      caught34 = typeof e37?.message === "string" && e37.message.slice(0, 2) === "u:" ? e37.name + "/" + e37.message : (e37?.name ?? e37);
      const s38 = `:${JSON.stringify(({ b: 6 }))}:${((-2147483648) !== 0b101)}x=${(~2147483647)}`.slice(0, 48);
    } finally {
      const s39 = (3.75 + s1).slice((-2)).slice(0, 48);
    }
    const o40 = ({ x: 6, "y": (-2147483648) });
  } else if (((-1.5e300) != 100)) {
    if ([5].slice((-3)).includes(Math.max(5, 1e-7))) {
      const s41 = "1e3".slice((-3), (-1));
    } else if ((s1 !== s1)) {
      let a42 = [10, (-2147483648), 2, 256, 4, 6].concat([(-9007199254740993), 5, 2147483647, (-32)]).slice(0, 16);
      a42 = a42;
    } else {
      const { len: n43 = (-1_000), x: n44 } = ({ ...({ b: (-1e3), 10: 6, "2": 2 }), k1: (-1) });
      var a45 = (([32, 0.5, 5, (-0), (-20)].slice(2) == ['null', "x,y,z", "1e3", "true"]) ? [...[3], ...[0.5, 5, 1, 1e-7, 6]].filter((x46) => x46 === x46).sort((x46, y47) => x46 - y47) : [0, 4, 8]).slice(0, 16);
    }
  }
  let n48 = [3.75, (0 / 0), 7, 8].map(p49 => p49).filter(p50 => (s1 < "b")).indexOf(((+[]) ** 0));
}
return [s1, Math.trunc((-4294967295))];
