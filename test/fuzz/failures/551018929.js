// Kitwork fuzz failure, program seed 551018929
// reason: V8 returned, VM threw
// V8: ok [[],{"0":NaN,"c":23,"z_":-1},undefined,[NaN,""],["-255abnumber"],-1,["-255abnumber"]]
// VM: throw TypeError: TypeError: Cannot create property '-255abnumber' on string '-255abnumber'
// replay: node --import tsx test/fuzz/run.ts --replay 551018929

const a1 = [100, (1 / 0), (-0.5), 0b101].filter((p2) => (typeof 0 === "undefined"));
let o3 = ({ ...(false ? ({}) : ({})), c: (32 - 9) });
var sa4 = [""].filter((p5) => false);
let [n6, ...a7] = a1.map(p8 => p8);
sa4 ??= a1.join().split("").slice(0, 16);
switch ('abc,def'.indexOf("true")) {
  default: {
    let n9 = (o3["10"] ?? 8);
    switch ((-8)) {
      default:
      case "1": {
        break;
      }
    }
    break;
  }
  case (-0):
    break;
  case 0:
    break;
}
const sa10 = (((-0xff) + "ab") + (typeof 3)).split(",").slice(0, 16);
const n11 = 'true'.indexOf("-7");
function mk12(start, step = 1) {
  let c13 = start;
  return () => {
    c13 += step;
    return c13;
  };
}
const ctr14 = mk12(3, 32);
const n15 = (((n11 - (-9007199254740991)) <= [9, 9, 1_000].length) ? ctr14() : ((n6 ?? sa10) ?? 'b'.indexOf("")));
for (const it16 of `x=${sa10}`) {
  o3["0"] = (n15 * (0 / 0));
  if (a7.length - 1 < a7.length) a7[a7.length - 1] *= Math.trunc(3.75);
  switch (it16) {
    case "x,y,z":
      break;
    case "a": {
      break;
    }
  }
}
o3["z_"] = Math.max(n11, (-2.5));
if (a7.length < 40) a7.push("-7".charCodeAt(3), ("" ?? n15));
return [a1, o3, n6, a7, sa10, n11, n15];
