// Kitwork fuzz failure, program seed 1451882535
// reason: different results
// V8: ok ["A-B-C",null,[],null,0,6.5]
// VM: ok ["A-B-C",null,"",[],0,6.5]
// replay: node --import tsx test/fuzz/run.ts --replay 1451882535

var s1 = "a-b-c".toUpperCase();
const f2 = function (p3 = [1, 2], p4) {
  let s5 = ("ab" + true).slice(0, 48);
  return (!"ÅÉü");
};
let caught6 = null;
try {
  const a7 = [100, 4, 1e21, 2, 3].map(p8 => (-100)).map((p9) => p9).filter((p10) => s1.toUpperCase().includes((typeof p10)));
} catch (e11) {
  caught6 = typeof e11?.message === "string" && e11.message.slice(0, 2) === "u:" ? e11.name + "/" + e11.message : (e11?.name ?? e11);
} finally {
  const f12 = (p13) => {
    const f14 = (p15) => {
      if ((false || false)) throw undefined;
      var s16 = ((true ? '  pad  ' : s1).split("").join("").at((-3)) ?? "");
      const [s17 = "ab"] = ["ab", "a-b-c", "3.5", "zz"];
      const o18 = ({ 0: ((-32) % 3), "z_": 6 });
      return Math.floor((false + p15));
    };
    for (let i19 = 5; i19 > 0; i19--) {
      const n20 = p13;
      const sa21 = [(-1e-7), 2, (-5), (-9007199254740993), 9].map((x22) => x22 + "");
    }
    p13 = p13;
    return (p13).toFixed(1).split("").join(",");
  };
  for (let i23 = 0; i23 < 8; i23 += 2) {
    let [n24 = 8, n25 = 1000, n26, ...a27] = (true ? [(0 / 0), (-255), (-0), 7] : [(-0.5), 8, 8, 10, (-0.1)]);
    const b28 = (({ p: ('x,y,z' + false), q: { r: (n24 !== n24) } }) === null);
  }
}
const s29 = s1.toUpperCase().slice().slice((-3), 2);
let a30 = [...[.5, (0 / 0), (-1_000)]].filter((x31) => x31 === x31).sort((x31, y32) => y32 - x31).slice((-1)).map(p33 => Math.ceil("3.5".indexOf("a-b-c")));
function rec34(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec34(n - 1) + rec34(n - 2);
}
const f35 = (p36 = 9, p37) => Object.keys(({ x: 0, "len": 9, a: 5, 2: 0.1 }));
for (const [k39, v40] of Object.entries(({ y: (-1.5), 0: 7, ["c"]: 0 }))) {
  var o41 = ({ k1: 3, x: (1 / 0), "len": 1 });
}
a30.pop();
let caught42 = null;
try {
  switch (Number("1e3")) {
    default: {
      let s43 = "😀x".slice();
      break;
    }
    case 3:
      const a44 = [];
      break;
  }
} catch (e45) {
  caught42 = "outer";
} finally {
}
return [s1, caught6, a30, caught42, (+a30), (6 + .5)];
