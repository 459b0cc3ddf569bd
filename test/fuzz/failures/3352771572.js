// Kitwork fuzz failure, program seed 3352771572
// reason: different results
// V8: ok [{"0":-2.5,"2":10},[-0,-0.2,256,-4,NaN],"0,-0.2,256,-4",undefined,2,1000]
// VM: ok [{"0":-2.5,"2":10},[-0,-0.2,256,-4],"0,-0.2,256,-4",undefined,2,1000]
// replay: node --import tsx test/fuzz/run.ts --replay 3352771572

const x1 = null;
const o2 = ({ 0: (-2.5), 2: 10 });
const a3 = [(-0), (-0.2), 256, (-4)];
let o4 = ({ c: 5, x: 1, "2": 8 });
if ((!("abc,def" + "  pad  "))) {
  let caught5 = null;
  try {
    const x6 = x1;
    if (("null" <= "a-b-c")) throw new Error("u:" + `$${20}a${9007199254740993}`);
  } catch (e7) {
    caught5 = typeof e7?.message === "string" && e7.message.slice(0, 2) === "u:" ? e7.name + "/" + e7.message : (e7?.name ?? e7);
    o4 &&= o2;
  }
  let caught8 = null;
  try {
    if ((typeof (true / 123.456) === "string")) {
      o4 = ({ b: (+false), 2: 42, c: (+"") });
    } else {
      o4 = ({ z_: (a3[1] ?? 5), 10: (1 / 0) });
      const o9 = o2;
    }
    for (let i10 = 0; i10 < 4; ++i10) {
      const s11 = ("-7" + caught5.p).slice(0, 48);
      o4 = ({ ...o4, 0: 8, z_: 100, "x": (false ? (0 / 0) : i10) });
      var o12 = ({ "x": (i10 + 7), c: (a3[i10] ?? 2) });
    }
  } catch (e13) {
    caught8 = typeof e13?.message === "string" && e13.message.slice(0, 2) === "u:" ? e13.name + "/" + e13.message : (e13?.name ?? e13);
    for (let i14 = 0; i14 < 12; i14 += 2) {
      if (a3.length < 40) a3.push("12".indexOf(""), Math.round(i14));
      if (a3.map(p15 => i14).includes(9)) continue;
      o2["10"] ??= (false ? i14 : 42);
    }
  }
  o4 = ({ ...o4, a: (-1.5e300) });
}
const s16 = a3.join().slice(0, 48);
const s17 = ` ${(true ? x1 : null)}a${(false ? s16 : s16)}x=${[...a3].filter((x18) => x18 === x18).sort((x18, y19) => y19 - x18)}\`q`.slice(0, 48);
let { b: n20 } = o2;
function rec21(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec21(s, n - 1);
}
const n22 = ['hello', "a b c"].slice().sort((x23, y24) => x23.length - y24.length).length;
for (const it25 of ('x,y,z' + s16)) {
  rec21("3.5".repeat(2), ['0'].length);
}
if (true) {
  let caught26 = null;
  try {
    if (a3.length < 64) a3.push((+[3, 0, (0 / 0)]));
  } catch {
    caught26 = "caught";
  }
}
return [o2, a3, s16, n20, n22, (false + 1000)];
