// Kitwork fuzz failure, program seed 3651280717
// reason: different results
// V8: ok [[-10,-7,-0,-7,-1],6,{"2":-Infinity,"10":6,"k1":6,"a":9,"y":-1},-1,"6.000"]
// VM: ok [[-10,-7,0,-7,-1],6,{"2":-Infinity,"10":6,"k1":6,"a":9,"y":-1},-1,"6.000"]
// replay: node --import tsx test/fuzz/run.ts --replay 3651280717

var a1 = [10, 7, 4, 7, 1].map((p2) => (-p2));
let w3 = 0;
while (w3 < 6) {
  w3++;
  if (a1.includes((~5))) {
    a1.pop();
  } else {
    a1 ??= [32, 10, 6, (-7), Math.sign(7)];
    if (2 < a1.length) a1[2] *= (+[]);
  }
  const o4 = ({});
  const s5 = "-7";
}
const o6 = ({ ...((w3 === w3) ? ({ "k1": w3, 2: (-1 / 0), a: 9, 10: 6 }) : ({ 2: 4, c: (-0), a: (-123.456) })), y: "a".indexOf(("ÅÉü" + '1e3')) });
switch ("  pad  ".slice(2)) {
  case "hello":
    o6["y"] = "null".indexOf("MiXeD");
    a1 = [4, 7];
    break;
  case "a": {
    switch ((+"Hi there")) {
      case 2:
        const o7 = ({ "c": (((-1e-7) ** (-1)) + a1.length), w3 });
        break;
      case 10:
        if ((!(false ? "s" : undefined))) {
          const b8 = ((-1_000) > 4);
          let { len: n9 = 7, x: n10 } = ({ k1: 1 });
          let n11 = (--n9);
        } else {
          var s12 = JSON.stringify("ab", null, 2).slice(0, 48);
        }
        for (let i13 = 0; i13 < 7; i13++) {
          a1 ||= [(-256), 1e-7].concat(a1).slice(0, 16);
          a1 &&= [...a1].filter((x14) => x14 === x14).sort((x14, y15) => y15 - x14).map((p16) => Math.max(...a1));
          o6["x"] = 8;
        }
    }
    o6.b = w3;
    break;
  }
  default: {
  }
}
if ((typeof false === "object")) {
  let s17 = JSON.stringify(JSON.stringify(10), null, "  ").slice(0, 48);
} else {
  const f18 = function (p19) {
    p19 = (w3 % Math.floor(w3));
    var n20 = ((0 ?? a1) ?? (true + p19));
    return (-(3.75 * 1));
  };
  var n21 = (1 / 0);
}
return [a1, w3, o6, [1, 8].indexOf(w3), (w3).toFixed(3)];
