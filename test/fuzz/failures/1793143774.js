// Kitwork fuzz failure, program seed 1793143774
// reason: different results
// V8: ok ["$4afalse:NaN end",NaN]
// VM: ok ["$4[object Object][object Object]:NaN end",NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 1793143774

for (let it1 of [(-32), 0].map((x2) => x2 + "")) {
  for (let i3 = 17; i3 > 0; i3--) {
    var s4 = (it1.trim()[3] ?? "hello");
  }
  let w5 = 0;
  while (w5 < 4) {
    w5 += 1;
    const a6 = ["Hi there"].map((q7) => q7.length).concat([(7 + 1), 0b101, (+true)]).slice(0, 16);
    let n8 = 3;
    let caught9 = null;
    try {
      ++n8;
      if ((it1.slice(5) == (10 + "null"))) throw Math.round(n8);
    } catch (e10) {
      caught9 = typeof e10?.message === "string" && e10.message.slice(0, 2) === "u:" ? e10.name + "/" + e10.message : (e10?.name ?? e10);
      if ((false || false)) break;
    }
  }
  const f11 = (p12, p13) => ((-16) ** 0);
}
if ((typeof [9] === "undefined")) {
  let s14 = (('1e3' + "true") + [3].join(" ")).slice(0, 48);
}
var s15 = `$${Math.floor(4)}a${false}:${(null / ({}))} end`.slice(0, 48);
const f16 = () => s15.split(",").map((p17) => (typeof "s"));
for (let i18 = 0; i18 <= 13; ++i18) {
  const sa19 = Object.keys(({})).slice().sort();
  function f22(p23, p24, p25) {
    const a26 = [1];
    let caught27 = null;
    try {
      const s28 = (sa19[0] ?? "3.5");
      const n29 = Math.sqrt((+[i18, 6, 7]));
    } catch (e30) {
      caught27 = typeof e30?.message === "string" && e30.message.slice(0, 2) === "u:" ? e30.name + "/" + e30.message : (e30?.name ?? e30);
      s15 = p25.charAt(1).toUpperCase();
    }
    var a31 = a26;
    p25 = JSON.stringify(a26).slice(0, 48);
    return (s15[3] ?? "1e3");
  }
}
const n32 = (Number((s15 + s15)) + (8 + s15).indexOf([(-0xff), 3, 4, (-5), (-0)].join()));
for (const it33 of [1e3, 7]) {
  for (let i34 = 12; i34 > 0; i34--) {
    var o35 = ({ ...({ len: (false + 8), "x": 7 }), ...({ 10: 0.1, a: (it33 ** 0), len: (-0) }) });
    for (let i36 = 5; i36 > 0; i36--) {
      let n37 = Math.round(it33);
      ++n37;
      const [, n38 = 3.75, ...a39] = [7, 10, (0 / 0)].filter((x40) => x40 === x40).sort((x40, y41) => x40 - y41);
    }
  }
  if ((n32 >= 1)) break;
}
return [s15, n32];
