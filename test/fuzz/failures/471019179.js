// Kitwork fuzz failure, program seed 471019179
// reason: different results
// V8: ok ["",null,true,"1000$3!",["0","10","k1","len"],["1000$3!"],"AB",0]
// VM: ok ["","",[],"1000$3!",["0","10","k1","len"],["1000$3!"],"AB",0]
// replay: node --import tsx test/fuzz/run.ts --replay 471019179

var s1 = ("tab\tend" + 'single').slice((-1), 6).slice(0, 48);
let caught2 = null;
try {
  for (const it3 of [32]) {
    const s4 = (s1[2] ?? "0");
    for (let i5 = 0; i5 <= 9; i5++) {
      const s6 = ["b"].join("|").slice(0, 48);
    }
    if (true) {
      const a7 = [].slice().sort((x8, y9) => x8.length - y9.length).map((q10) => q10.length);
      a7.pop();
      let a11 = a7;
    }
  }
} catch (e12) {
  caught2 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
}
const b13 = (true > s1);
if ((7 <= s1)) {
  const s14 = "line\nbreak";
  switch ([2, 4, 0b101, 2.5, 16, 1e3].reduce((acc15, x16) => acc15 - x16, 2)) {
    case 1:
      let caught17 = null;
      try {
        s1 = 'a-b-c';
        var n18 = 6;
        if ((!false)) throw new TypeError("u:x");
      } catch (e19) {
        caught17 = "outer";
      } finally {
        const s20 = "null".slice(3, 8);
      }
      break;
    default:
      const sa21 = s14.split("-");
  }
}
const s22 = `${Math.ceil(1_000)}$${(5e-324 | 3)}!`.slice(0, 48);
for (let it23 of ["0", "MiXeD", "0"].map(p24 => p24)) {
  const o25 = ({ y: 3 });
}
let sa26 = Object.keys(({ 10: (1 | (1 / 0)), k1: (-3), len: 5, 0: 42, ["k" + 1]: (-2147483648) }));
for (const it27 of "ab".slice(1)) {
  for (const it28 of [1]) {
    for (var i29 = 0; i29 < 1; i29 += 2) {
      if ((it28 < s1.length)) break;
      let b30 = b13;
      const o31 = ({ "a": it28, x: i29, 2: 1 });
    }
  }
  let o32 = ({ "k1": 5, "2": 4, "10": 6, y: 0.5 });
}
const sa33 = s22.split(" ");
return [s1, caught2, b13, s22, sa26, sa33, "\u0041\x42", (+[])];
