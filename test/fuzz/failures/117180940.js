// Kitwork fuzz failure, program seed 117180940
// reason: different results
// V8: ok [5,[],{"z_":0,"x":2,"a":2,"c":0},10,{"z_":0,"x":2,"a":{"2":2147483648,"k1":-0,"len":-1e+21,"b":7},"c":0},0,2]
// VM: ok [5,[],{"z_":0,"x":2,"a":2,"c":1},10,{"z_":0,"x":2,"a":{"2":2147483648,"k1":-0,"len":-1e+21,"b":7},"c":1},1,2]
// replay: node --import tsx test/fuzz/run.ts --replay 117180940

let x1 = ({ ...({ k1: 100, 2: 2147483648, len: (-1e21), b: 7 }), k1: (1000 / (-1 / 0)) });
let n2 = Math.round(("ab".length - (65535 + 6)));
const fs3 = [];
for (var i4 = 0; i4 < 5; i4++) {
  fs3.push((v) => v - i4);
}
const n5 = ([] ?? i4);
let o6 = ({ ...({ z_: 0, x: 2, a: 2 }), c: (n5 ** 0.5) });
for (const it7 of Object.keys(o6)) {
  const f8 = function (p9) {
    o6["b"] = (n2 += 9);
    const f10 = (p11, p12 = 1.5e300, p13 = 2) => {
      let [n14 = (-0), n15, n16 = 4] = [3, p11, 7, 9];
      x1 ??= null;
      const [n17, n18 = 2.5, n19 = (0 / 0), ...a20] = [4294967295, 1, 9, 3, 3].slice().sort();
      return ((n16 === n16) ? o6 : ({ ...o6, c: n2 }));
    };
    for (let i23 = 6; i23 > 0; i23--) {
      for (let i24 = 0; i24 <= 19; i24 += 1) {
        if ((6 === n2)) continue;
      }
      const s25 = ["a"].join(", ").slice(0, 48);
    }
    return JSON.stringify([9007199254740993, 7, 1_000].concat([6, 1, (1 / 0), 10])).slice(0, 48);
  };
  let caught26 = null;
  try {
    let a27 = [(-0), (-9007199254740993), 0, (-1_000), 9, (-0b101)].map((p28) => 6);
  } catch (e29) {
    caught26 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
  } finally {
    for (let i30 = 12; i30 > 0; i30--) {
      const o31 = ({ ...o6, ...o6 });
      const s32 = ["ab", "  pad  ", 'single'].join("|").slice(0, 48);
    }
    n2--;
  }
  for (const it33 of Object.keys(o6)) {
    const a34 = [(-5e-324), (-1.5e300), 8, (-9007199254740991), 6, 4].concat(n2).slice(0, 16);
  }
}
const s35 = JSON.stringify(false).slice(0, 48);
const f36 = (p37, p38, p39) => (x1 ?? i4);
let { a: n40 = 10 } = ({});
const o41 = ({ ...(("q\"uote" != s35) ? (true ? o6 : ({})) : ({ "len": i4, ...o6 })), a: f36?.(("q\"uote" + "abc,def"), s35.length, "-7") });
if ((7 !== n5)) {
  const n42 = (true + i4);
  const x43 = `${(`a${false}:${[2, 5, (-16), 3, (0 / 0), (0 / 0)]}\`q` - (![]))}`.slice(0, 48);
} else if ([''].includes("3.5")) {
  const [s44 = "😀x", , ...sa45] = ['MiXeD', "ÅÉü", "abc,def"];
}
let { c: n46 = (-0), x: n47 = 5 } = o6;
const o48 = o41;
return [i4, n5, o6, n40, o41, n46, n47];
