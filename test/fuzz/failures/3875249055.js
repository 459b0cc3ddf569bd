// Kitwork fuzz failure, program seed 3875249055
// reason: different results
// V8: ok [[-0,-65535,-131070,-196605,-262140,-327675,0,2,NaN,0],"12","Hi there","Hi there",["null","ÅÉü"],"NaN",null,"ÅÉü"]
// VM: ok [[-0,-65535,-131070,-196605,-262140,-327675,0,2],"12","Hi there","Hi there",["null","ÅÉü"],"NaN","TypeError","ÅÉü"]
// replay: node --import tsx test/fuzz/run.ts --replay 3875249055

const a1 = Array.from({ length: 6 }, (_, i2) => i2 * (-65535));
function rec3(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec3(s, n - 1);
}
const [s4 = 'a b c', s5 = 'b', s6, ...sa7] = ["12", "Hi there", "null", "Hi there", "ÅÉü"].slice().sort();
const f10 = () => (1 ?? 1);
for (let i11 = 0; i11 < 16; i11 += 2) {
  const b12 = sa7.includes(s5);
  if (a1.length < 8) a1.push(i11);
  for (let i13 = 0; i13 < 14; i13 += 2) {
    const a14 = [(-1e3)];
    let [n15] = [9007199254740993, 3, (-2147483647), (-1 / 0)];
  }
}
const f16 = (p17, p18 = 7, p19) => [];
const x20 = `${((false ? ({ 2: 1e21, 0: (-4) }) : (true ? ({ k1: 4, 2: 8, z_: 3, "a": 4 }) : ({}))) - [])}`.slice(0, 48);
let caught21 = null;
try {
  let x22 = (true ? ({ k1: 0, len: 4, 2: (-2) }) : undefined);
  if (a1.length < 20) a1.push((+a1), 0);
  x22 = `${((false ? s4 : s4) + sa7)}`.slice(0, 48);
} catch (e23) {
  caught21 = typeof e23?.message === "string" && e23.message.slice(0, 2) === "u:" ? e23.name + "/" + e23.message : (e23?.name ?? e23);
  let s24 = (10).toFixed(2);
}
const s25 = (sa7[2] ?? 'ÅÉü');
switch ('a'.length) {
  case (-0): {
    const f26 = (p27, p28 = "a-b-c", ...rest29) => {
      if ((!a1)) return rest29.filter((p30) => false);
      return [];
    };
    if ((s4 > caught21)) {
      const [n31] = a1.filter((p32) => true);
      let o33 = ({ ...({ "10": (0 / 0), "len": (caught21 ?? (-1.5)), "0": (false + 9), b: (1 / 0) }), a: ((-31) & (false + 2147483647)) });
    } else if (((0 % (-20)) == (4 ^ 1000))) {
      if ((s5 >= s25)) {
        let b34 = a1.includes(Math.sign((4 << 6)));
        const s35 = (sa7[1] ?? "12");
        let n36 = s5.charCodeAt(1);
      }
    } else {
      switch ((true ? 5 : 4)) {
        case (-1): {
          break;
        }
        case 3:
          const a37 = f16((-1_000), (2147483648 * (1 / 0)), (1 << 2));
          var b38 = false;
          break;
        case (0 / 0): {
        }
        case (-0):
      }
    }
  }
}
return [a1, s4, s5, s6, sa7, x20, caught21, s25];
