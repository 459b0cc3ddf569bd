// Kitwork fuzz failure, program seed 1713981638
// reason: different results
// V8: ok [-4294967295,true,NaN,"1","0.5","2.5",NaN]
// VM: ok [-4294967295,"NaN,5e-324,7,10,1e+21,4",[NaN,5e-324,7,10,1e+21,4],"1","0.5","2.5",NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 1713981638

const n1 = (-4294967295);
const x2 = true;
if ([256, (0 / 0), 4].includes((0 / 0))) {
  let caught3 = null;
  try {
    const n4 = (2 * Math.trunc([1e21, 10, 3, 10, 8, 10].indexOf(1)));
    const s5 = "ÅÉü".repeat(2).slice(0, 48);
    if (("a-b-c".length <= (42 / (-8)))) throw new RangeError("u:range");
  } catch (e6) {
    caught3 = typeof e6?.message === "string" && e6.message.slice(0, 2) === "u:" ? e6.name + "/" + e6.message : (e6?.name ?? e6);
    let n7 = 31;
  }
  const n8 = (Math.sqrt(n1) + (+false));
  switch ((n8 - n1)) {
    case 0:
      break;
    case 1:
      for (const it9 of "12".split(", ")) {
        var a10 = [16, 0b101, 10].slice().sort();
        let { b: n13, a: n14, len: n15 } = (false ? ({ b: 2 }) : ({ "2": 4 }));
        let o16 = ({ x: 4, b: n8, ["k" + 1]: 4 });
      }
      break;
    case 10:
      break;
    default:
      for (const it17 of [9007199254740993, .5, 9007199254740993, (-1)].map((x18) => `${x18}`)) {
        const { x: n19 = 9 } = ({ ...({ len: (-0), y: (-255), b: 10, "10": 0 }), ...({ 10: (-1000), 2: (1 / 0), b: 0.1, c: 2 }) });
        var o20 = ({ ...(true ? ({ x: 1, b: (-16), c: 8 }) : ({ 0: 4, "b": 9007199254740993 })), ...({}) });
      }
      break;
  }
}
let n21 = Math.trunc(n1);
const b22 = ((x2 !== null) && [1000].includes(n21));
if (true) {
  n21 *= (~n21);
  n21 ||= 8;
} else {
  const f23 = function (...rest24) {
    switch ("") {
      case "a":
        break;
    }
    const f25 = (...rest26) => Array.from({ length: 4 }, (_, i27) => i27 * 2).join().slice(0, 48);
    if (rest24.length < 20) rest24.push((n21 ** 1), n1);
    rest24.pop();
    return n1;
  };
}
n21 -= (n21 - "12".charCodeAt(3));
let [s28, s29, s30, ...sa31] = [1, 0.5, 2.5, 4, 0].map((x32) => x32 + "");
return [n1, x2, n21, s28, s29, s30, (+[(0 / 0), 5e-324, 7, 10, 1e21, 4])];
