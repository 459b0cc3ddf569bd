// Kitwork fuzz failure, program seed 2966677351
// reason: V8 returned, VM threw
// V8: ok [8,4,undefined,"b",["0","2","a","b","k1"]]
// VM: throw TypeError: TypeError: Cannot read properties of undefined (reading '5')
// replay: node --import tsx test/fuzz/run.ts --replay 2966677351

const f1 = function (p2 = 32, ...rest3) {
  p2 = Object.keys(({ len: (-20), 0: 0, a: (-5), "z_": 4 })).length;
  var b4 = ("ÅÉü".indexOf('MiXeD') == (false ? p2 : p2));
  let x5 = `${(rest3[5] ?? rest3.concat((p2 = p2)))}`.slice(0, 48);
  return JSON.stringify(["null"].concat(["-7"])).slice(0, 48);
};
for (const it6 of Object.keys(({ 2: 5, "c": (-4294967296), len: 4 }))) {
  let caught7 = null;
  try {
    for (const it8 of []) {
      const b9 = true;
      let s10 = (it6 + it6).charAt(4).slice(0, 48);
    }
    if ((!({}))) break;
    const a11 = (true ? [7, 42, 9, (-0)] : [(-4), 123.456, 6, 2, 0]);
  } catch (e12) {
    caught7 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
  } finally {
    var a13 = (true ? [3.75, 3, 10] : [1, (-1e3), 123.456, (-1e21), 3]);
  }
  let caught14 = null;
  try {
    let sa15 = ((it6 + it6)[1] ?? "hello").split(" ").slice(0, 16);
    for (let i16 = 0; i16 < 9; i16 += 3) {
      sa15 &&= [5].filter((p18) => true).map((x17) => `${x17}`);
      const o19 = ({ 10: i16, 0: 0, k1: 6, b: 2.5 });
      f1((16 ** 0.5));
    }
    let [n20 = 7] = [(0 / 0), (-0), (-1e21), 10, 0].map((p21) => 1);
    if ((n20 <= (-1_000))) throw new Error("u:" + JSON.stringify("0"));
  } catch (e22) {
    caught14 = typeof e22?.message === "string" && e22.message.slice(0, 2) === "u:" ? e22.name + "/" + e22.message : (e22?.name ?? e22);
    const { b: n23 = 4, c: n24 } = ({ ...({ 2: 20 }), a: 2 });
  }
  if ((["b", "1e3", "12"].slice().sort() >= (false && true))) {
    var s27 = `\n${[].slice().sort((x28, y29) => x28.length - y29.length)}x=${["-7"]}$${(6 + it6)}\`q`.slice(0, 48);
    for (const it30 of [(-0), 6]) {
      f1((it30 ^ 9007199254740991));
      const n31 = Math.round((Number.isInteger((4 - (-0))) ? 1 : 0));
      let n32 = [65535].indexOf(it30);
    }
    const n33 = Math.round(9007199254740991);
  } else if (f1().startsWith(((0 / 0)).toFixed(2))) {
    if (((8 - 6) > (0.5 * (1 / 0)))) break;
    let n34 = [].length;
  } else {
    const s35 = (f1(0) + ["1e3", "\u0041\x42", "abc,def"].join("|")).slice(2).slice(0, 48);
    const o36 = ({ 10: 3, a: 4 });
  }
}
const [n37 = 2.5, n38 = 8] = (false ? [1e-7, (0 / 0)] : [3]);
const { a: n39 = 4, len: n40 } = ({ ...({ "2": (-0), "10": 100 }), b: n38 });
let x41 = 'b';
const sa42 = Object.keys(({ ...({ ...({ 2: 6, a: (-0.2) }), ...({ 0: (-1.5), 2: (-5e-324), "b": (-0o17) }) }), k1: n39 }));
return [n38, n39, n40, x41, sa42];
