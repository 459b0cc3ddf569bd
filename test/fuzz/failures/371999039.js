// Kitwork fuzz failure, program seed 371999039
// reason: V8 returned, VM threw
// V8: ok ["",{"10":-4,"x":7},[],"3.5",1,[0,0],{"b":7}]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 371999039

for (let i1 = 0; i1 < 4; i1 += 2) {
  if ((i1 === i1)) continue;
  if (("ÅÉü" + "true").startsWith((typeof true))) break;
  if ((i1 === 10)) {
    for (const it2 of [i1, 4, (1 / 0), (-256), i1]) {
      const sa3 = [];
    }
    var b4 = ((9 + "hello") == [2, 1e-7].map((x5) => x5 + ""));
    switch (`a${0}$${1e3}x=${i1} end`) {
      case "ab":
        break;
      default: {
        let a6 = [6, 2, 1e21];
        if ((a6.reduce((acc7, x8) => acc7 * x8, 1) >= ["abc,def", "", "line\nbreak", "a b c"].length)) continue;
        break;
      }
      case "hello": {
      }
      case "x,y,z": {
        var n9 = ((5 <= 5) ? [100, 9].map(p10 => p10) : (b4 ? [7, 4, 1.5e300] : [])).indexOf("q\"uote".charCodeAt(0));
        break;
      }
      case "0":
        b4 = Number.isInteger((Number.isInteger(i1) ? 1 : 0));
        const o11 = ({ ...({ ...({ 2: (-7) }), len: i1 }), ...({ ...({ y: (-10), z_: 2 }), a: i1 }) });
    }
  } else if (((i1 === i1) && (typeof [] === "number"))) {
    const x12 = ((false && "") ?? ("s" ?? 0));
  }
}
const s13 = (true ? "" : "Hi there").slice(6).padStart(0, "*");
var o14 = ({ x: 7, 10: (-4) });
var sa15 = [...[].filter(p19 => true).map((x18) => `${x18}`)].sort((x16, y17) => (x16 < y17 ? 1 : x16 > y17 ? -1 : 0));
let s20 = '3.5';
const n21 = (false ? "-7".length : Math.sign(3));
var n22 = "12".length;
for (const [k24, v25] of Object.entries(({ "2": (-0) }))) {
  let n26 = ((![]) ? n22 : "ÅÉü".length);
  const [n27, ] = (false ? [6, (-4), 3, 9, (-0.5)] : [(-1000), (-20), (-7), 65535, 7, 1]);
}
const a28 = Array.from({ length: 0 }, (_, i29) => i29 * 6);
if (a28.length < 8) a28.push((+a28), s13.length);
const o30 = ({ b: Math.floor(7) });
return [s13, o14, sa15, s20, n21, a28, o30];
