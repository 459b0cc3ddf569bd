// Kitwork fuzz failure, program seed 3205466137
// reason: different results
// V8: ok [["q\"uote"],[1,2,NaN,Infinity,5],1,"  pad  ",20,6]
// VM: ok [["q\"uote"],[1,"-32,-4294967296,9007199254740992,5,-4,0.5",NaN,Infinity,5],1,"  pad  ",20,6]
// replay: node --import tsx test/fuzz/run.ts --replay 3205466137

const sa1 = "q\"uote".split(",");
var a2 = [(Number.isInteger(1_000) ? 1 : 0), 2, (+[(-32), (-4294967296), 9007199254740993, 5, (-4), 0.5]), (1 / 0), 5];
const f3 = (p4 = "1e3", p5 = [1, 2], p6 = (0 / 0)) => (p6 += 10);
const n7 = (([] !== undefined) + (8 >> 31));
function mk8(start, step = 1) {
  let c9 = start;
  return () => {
    c9 += step;
    return c9;
  };
}
const ctr10 = mk8((-255));
let s11 = ("back\\slash".startsWith("x,y,z") ? (n7 + 'null') : '  pad  ').slice(0, 48);
let w12 = 0;
while (w12 < 20) {
  w12 += 1;
  let o13 = (true ? ({ b: 4, "y": 1, 2: (-0o17) }) : ({}));
}
if ((n7 == n7)) {
  let s14 = s11.slice(2, 5);
  ctr10();
} else if ((({ c: 0o17, 2: (-0.1) }) > true)) {
  a2 = [(-0), ...[42, 5], ...[(-5), 9007199254740991]].slice(0, 16);
  let caught15 = null;
  try {
    f3(s11.slice(), a2, ctr10());
    a2 = a2.filter((x16) => x16 === x16).sort((x16, y17) => x16 - y17);
    if ((undefined == undefined)) throw 'single';
  } catch (e18) {
    caught15 = typeof e18?.message === "string" && e18.message.slice(0, 2) === "u:" ? e18.name + "/" + e18.message : (e18?.name ?? e18);
    let caught19 = null;
    try {
      const b20 = true;
      const s21 = '  pad  ';
      if (((-7) !== 5)) throw new Error("u:" + s21.toUpperCase());
    } catch (e22) {
      caught19 = typeof e22?.message === "string" && e22.message.slice(0, 2) === "u:" ? e22.name + "/" + e22.message : (e22?.name ?? e22);
    } finally {
      const o23 = ({ ...({ b: 5, k1: w12 }), b: (w12 ** 0.5) });
    }
  }
}
switch (('ÅÉü' + [3, 0.5, (1 / 0), 6, (-1), 0])) {
  default: {
    ctr10();
    for (let i24 = 0; i24 < 4; i24 += 2) {
      for (let i25 = 5; i25 > 0; i25--) {
        let n26 = ((s11.length * (false + n7)) % Math.min());
        var a27 = [...[(-0.5), 5, 4, 8, (-42), 8]].filter((x28) => x28 === x28).sort((x28, y29) => y29 - x28);
        var a30 = ((w12 !== i25) ? a27.filter(p31 => false) : a27.map((p32) => 8)).filter((x33) => x33 === x33).sort((x33, y34) => x33 - y34);
      }
      const n35 = ctr10?.();
      s11 = (s11 + (typeof ({ 2: 9 })).slice((-3), 1)).slice(0, 48);
    }
  }
  case "ab":
  case "0":
  case "hello":
}
return [sa1, a2, n7, s11, w12, (6 * n7)];
