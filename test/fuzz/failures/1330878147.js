// Kitwork fuzz failure, program seed 1330878147
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:x,y,zfalse
// VM: throw <value>: Error: u:x,y,zfalse
// replay: node --import tsx test/fuzz/run.ts --replay 1330878147

for (var i1 = 0; i1 < 9; i1 += 2) {
  if ((typeof (({}) ?? "s") === "undefined")) {
    let s2 = "3.5";
  }
  const a3 = [];
  switch ((typeof i1)) {
    default: {
      switch ((typeof "s")) {
        case "x,y,z":
          const o4 = ({});
          let { a: n5 = 3, x: n6 = 0.2 } = ({ ["n" + 2]: .5 });
        case "0": {
          if (("-7".toUpperCase() < (true ? "true" : 'MiXeD'))) continue;
          a3.pop();
          break;
        }
        case "hello": {
          const { len: n7 = 1, ...o8 } = ({ c: i1, 10: 3, "z_": 8, len: 10, ["c"]: (0 / 0) });
          const s9 = "";
          break;
        }
      }
      var n10 = (Number.isInteger(9) ? 1 : 0);
      break;
    }
    case "0":
      const x11 = a3[0];
      break;
    case "x,y,z":
      if (a3.length - 1 < a3.length) a3[a3.length - 1] *= (-i1);
      break;
    case "": {
      break;
    }
    case "a":
      break;
  }
}
switch ((false + 5)) {
  default: {
    for (let i12 = 0; i12 <= 4; i12 += 1) {
      let sa13 = Object.keys(({}));
      const n14 = Math.floor((false ? "a b c" : "ab").indexOf(` ${sa13}:${"a b c"}!`));
    }
    const a15 = Array.from({ length: 3 }, (_, i16) => i16 * 6).slice().sort();
    break;
  }
  case (-1):
    const a19 = [1, 9];
    break;
}
if (("ÅÉü".startsWith("ÅÉü") || ["true", 'x,y,z', "ÅÉü", 'a b c'].includes("a-b-c"))) throw new Error("u:" + ("x,y,z" + false));
const a20 = [...[], ...[9, (-0.1), 8, (0 / 0), 4]].slice(0, 16);
var o21 = ({ 0: 1.5, 10: 1_000, z_: 0, 2: i1 });
return [i1, a20, o21, (9 == ({ a: 42 }))];
