// Kitwork fuzz failure, program seed 3947981356
// reason: different results
// V8: ok [5,-5,"[object Object]",0,0,0]
// VM: ok [5,-5,"[object Object]","",[],0]
// replay: node --import tsx test/fuzz/run.ts --replay 3947981356

const n1 = (((typeof 0 === "boolean") && ((-0.1) <= 65535)) + [9, 2, 8, (-9007199254740993), (0 / 0)].length);
const n2 = (-n1);
switch (3) {
  case 10:
    const fs3 = [];
    for (let i4 = 0; i4 < 5; i4++) {
      fs3.push((v) => v - i4);
    }
    const s5 = "x,y,z".slice(3, (-1));
  default:
    const n6 = Math.abs((false + n2));
    break;
  case (0 / 0):
    const n7 = (false ? "q\"uote" : "😀x").length;
    break;
  case 2: {
    const o8 = ({ ...(true ? ({ y: 5, b: (-31), len: 16 }) : ({ "k1": (-2.5), y: (-2), 2: 20 })), y: (n1 / n1) });
    const n9 = Math.max(JSON.stringify("true").charCodeAt(1), Math.floor((n1 + (-3.75))), n1);
  }
}
function rec10(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec10(n - 1) + rec10(n - 2);
}
let x11 = `${(({ p: undefined, q: { r: [...[7, 0o17, (-1_000)], ...[6, (0 / 0)]] } }) ?? ("" + [0o17]).split("|").join(""))}`.slice(0, 48);
var n12 = 0;
let n13 = rec10("a-b-c".slice(3).indexOf("".split(" ").join(" ")));
return [n1, n2, x11, n12, n13, (+[])];
