// Kitwork fuzz failure, program seed 3656151871
// reason: different results
// V8: ok [2,["b","a","k1"],["-22147483647-3201000"],2,"b0",1.5]
// VM: ok [2,["b","a","k1"],"1.5",[1.5],"b0",1.5]
// replay: node --import tsx test/fuzz/run.ts --replay 3656151871

let w1 = 0;
while (w1 < 2) {
  w1 += 1;
  for (const [k3, v4] of Object.entries(({ x: (-0.2), 10: 2, 0: 9 }))) {
    for (let i5 = 12; i5 > 0; i5--) {
      let o6 = ((v4 > i5) ? ({ y: (-4294967295) }) : (true ? ({ "0": 4 }) : ({ a: 9007199254740991, 0: 5, x: 0.2, z_: 2.5 })));
      o6 = ({ ...o6, x: 1e-7 });
    }
    var s7 = "line\nbreak".repeat(2).slice(0, 48);
    var a8 = [(-4294967296), 9, 0, (-256), 5].concat((1 / 0)).slice(0, 16);
  }
  const a9 = [...[(-1_000), (-.5), 8]].filter((x10) => x10 === x10).sort((x10, y11) => y11 - x10).slice().sort().slice().sort();
  const f16 = () => {
    if (Array.isArray(false)) return 'ab'.indexOf('single');
    return 4294967295;
  };
}
for (let i17 = 10; i17 > 0; i17--) {
  let o18 = ({ ...({}), b: (-0.5) });
  let caught19 = null;
  try {
    for (let i20 = 8; i20 > 0; i20--) {
      if ([(-1.5)].map((p21) => 5).includes([(-4294967296), 7, 5, 6].reduce((acc22, x23) => acc22 + x23, 1))) throw new Error("u:" + JSON.stringify('0'));
      o18.k1 ??= w1;
      let b24 = Array.isArray(null);
    }
    if (("q\"uote".slice() > 'true'.slice())) {
      const n25 = (null ?? (-1e3));
      if ((!["tab\tend", "\u0041\x42", 'b', "😀x", "3.5"])) break;
    } else {
      let s26 = (typeof ("a" >= "3.5"));
      const s27 = (s26 + "Hi there".toLowerCase()).slice(0, 48);
    }
    let x28 = ["a b c"].map(p29 => 'ÅÉü');
  } catch (e30) {
    caught19 = "outer";
  } finally {
    var o31 = ({ ...o18 });
    if (false) {
      o18 = o18;
      const { len: n32 = 4, b: n33 = 5, x: n34 = (-9007199254740993) } = ({ ...o18, ...o31 });
      let n35 = Math.trunc(["\u0041\x42", '0', ""].length);
    } else if ((w1 !== w1)) {
      if (((i17 | i17) <= Math.abs(10))) continue;
      let a36 = [2].map(p37 => p37);
    }
  }
}
const sa38 = Object.keys(({ b: 4294967296, "a": 0.5, k1: 5 }));
const sa39 = [(-2), ...[], ...[2147483647, (-32), (-0), 1000]].join("").split(" ").slice(0, 16);
const n40 = w1;
const n41 = Math.sign('abc,def'.indexOf('a-b-c'));
const a42 = [4, 2147483648, 1e-7, 1, 256].slice(3).slice().sort();
const o45 = ({ ...({ 10: (-0), c: 7, len: (-0) }), z_: (~n40) });
return [w1, sa38, sa39, n40, ("b" + '0'), (+[1.5])];
