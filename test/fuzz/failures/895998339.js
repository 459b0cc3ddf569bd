// Kitwork fuzz failure, program seed 895998339
// reason: V8 returned, VM threw
// V8: ok [15,"NaN",1,1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 895998339

let w1 = 0;
while (w1 < 15) {
  w1++;
  if (((+"  pad  ") !== Math.abs((1 / 0)))) {
    for (const it2 of [6, 0, 0b101, 5, 9, (-7)]) {
      let n3 = ([6, 3, 0o17, 1, 2, (-256)].indexOf((+[])) % it2);
      let o4 = ({ ...({ k1: (-0), "len": 3, x: 6, 0: (-4294967296) }), ...({ "c": (1 / 0) }) });
    }
    if ((7 === ["null", "back\\slash", "a-b-c", "1e3", "😀x"])) break;
  }
  const o5 = ({ ...({ b: (-255), y: (3 - 1) }), k1: Math.floor((0 ** 1)) });
}
let x6 = `${((("abc,def" < "b") ? 'Hi there'.repeat(3) : null) * ['a b c', "1e3", 'MiXeD'].map(p7 => "a-b-c").concat("back\\slash".split(",")))}`.slice(0, 48);
const n8 = (Number.isInteger("zz".indexOf("MiXeD")) ? 1 : 0);
function rec9(n) {
  if (!(n > 1)) return 1;
  if (n > 12) n = 12;
  return n * rec9(n - 1);
}
if (Array.isArray(({ p: [10, 7, 9, 31], q: { r: [6, 6, (-4294967295), 7, 3] } }))) {
  for (let i10 = 0; i10 <= 10; i10++) {
    const a11 = [...[(0 / 0), (-0xff), 3].slice().sort(), ...[].map((p14) => (-2.5))].slice(0, 16);
    let caught15 = null;
    try {
      let n16 = (false ? (("" ?? 7) >> Math.sign(n8)) : a11.filter(p17 => false).indexOf(rec9(n8)));
      if (a11.includes((1e3 >> 0.5))) throw new RangeError("u:x");
    } catch (e18) {
      caught15 = typeof e18?.message === "string" && e18.message.slice(0, 2) === "u:" ? e18.name + "/" + e18.message : (e18?.name ?? e18);
    } finally {
      const [, n19 = (-1.5e300)] = [(-1_000), 2];
      if (a11.length < 8) a11.push(["0"].length);
    }
  }
  const f20 = (p21, p22, p23) => {
    let o24 = ({ 0: (Math.round(w1) * (-0)), c: 2 });
    let w25 = 0;
    while (w25 < 6) {
      w25++;
      if (false) {
        if (p21.length < 40) p21.push(Math.abs(n8), (o24.y ?? (-1000)));
        const a26 = p22;
        const n27 = Math.round(n8);
      } else if ([1e21, 10].includes(w1)) {
        if (("a" in o24)) throw null;
        const n28 = p22.slice().sort().length;
      }
    }
    p22.pop();
    return ((true ? 9 : n8) >= p23.length);
  };
  const s31 = JSON.stringify(Math.max(n8)).slice(0, 48);
} else if (Array.isArray(null)) {
  const s32 = "1e3";
} else {
}
return [w1, x6, n8, Math.max(n8)];
