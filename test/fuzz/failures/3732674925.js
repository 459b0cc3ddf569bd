// Kitwork fuzz failure, program seed 3732674925
// reason: different results
// V8: ok [5,false,"-5\n-7 end",[8],null,8]
// VM: ok [5,"8",[8],[8],null,8]
// replay: node --import tsx test/fuzz/run.ts --replay 3732674925

var n1 = ("a-b-c" + 8).length;
for (const [k3, v4] of Object.entries(({ b: 0, "0": 7, 10: n1, y: (-1 / 0) }))) {
  switch (10) {
    case (-0):
      for (let i5 = 0; i5 <= 15; ++i5) {
        n1 *= v4;
        const s6 = (false ? 'abc,def' : k3);
        n1 = (++n1);
      }
      var s7 = `\n${k3}x=${[(-31)].map((p8) => 6)}`.slice(0, 48);
    case 10:
      let a9 = [v4, 8, 2.5];
      break;
    case (0 / 0):
      var o10 = ({ ...({ ...({}), a: n1 }), a: (n1 - (-v4)) });
      let b11 = (o10 > ({}));
      break;
  }
  for (const it12 of ['a b c'].filter((p13) => false)) {
    n1 |= n1;
    const a14 = (((0.5 + v4) < Number(k3)) ? [0o17, 10, 7, 3.75, v4] : [].slice(3, 0).map((p15) => k3.length));
  }
  function f16(p17, p18) {
    if ((true && true)) {
      const { a: n19 = (0 / 0), len: n20 = 0xff, b: n21 = 1, ...o22 } = (false ? ({ len: 1.5, k1: 0.1, 0: 255 }) : ({ a: 2 }));
    } else {
      for (let i23 = 14; i23 > 0; i23--) {
        var a24 = p18.filter((p25) => (i23 !== i23)).concat(p18.map(p26 => 0.1)).slice(0, 16);
        let b27 = (((Number.isInteger(i23) ? 1 : 0) & "a".length) > ((["line\nbreak", "abc,def", "x,y,z"] > ({ b: 2, k1: 2, len: 9, x: 0 })) + (false + v4)));
        var s28 = [].join(" ").split(",").join().slice(0, 48);
      }
    }
    --n1;
    const s29 = (v4 + "\u0041\x42").slice(0, 48);
    return (true + v4);
  }
}
let b30 = (((false && false) ? (-n1) : n1) === 0xff);
var s31 = `-${(--n1)}\n${"-7".split("|")} end`.slice(0, 48);
for (let i32 = 0; i32 < 14; i32 += 3) {
  let s33 = s31.repeat(3).slice(0, 48);
}
const a34 = [0].map((p35) => 8);
let caught36 = null;
try {
  const f37 = (p38 = 0.5, p39, p40) => {
    const x41 = `${(p39 + ({ x: 4, "y": 8, b: 10, k1: (-8) }))}`.slice(0, 48);
    return JSON.stringify("b").slice(0, 48);
  };
  if ('  pad  '.split("|").includes("abc,def")) throw { code: n1 };
} catch (e42) {
  caught36 = typeof e42?.message === "string" && e42.message.slice(0, 2) === "u:" ? e42.name + "/" + e42.message : (e42?.name ?? e42);
  const o43 = ({ ...((!a34) ? ({ a: 1000, z_: 0.2, k1: 1.5e300, c: 6 }) : ({ ...({ y: 0xff, "a": 1e-7 }), ...({ 10: (-4294967295), x: (-7), 0: (-.5) }) })), ...({ y: 20, n1 }) });
} finally {
}
return [n1, b30, s31, a34, caught36, (+a34)];
