// Kitwork fuzz failure, program seed 2721804795
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:1e3
// VM: throw <value>: Error: u:1e3
// replay: node --import tsx test/fuzz/run.ts --replay 2721804795

const x1 = ({ p: [], q: { r: "b" } });
var x2 = `${(Object.keys(({ 10: (-1e-7), 0: 1000, "2": 10 })) + (8 ** 0))}`.slice(0, 48);
const a3 = [(-10)].slice().sort();
if (true) throw new Error("u:" + '1e3'.split(",").join(""));
const o6 = ({});
if (((-42) <= (-0))) {
  var a7 = a3.slice((-1)).slice(1).slice(2, 5);
  o6["k1"] ??= a3.length;
  const o8 = (true ? ({ x: (-0), k1: (-0), 2: (-2147483647) }) : ({ a: 10, 10: (-1 / 0) }));
} else {
  for (const it9 of a3) {
    switch ("😀x") {
      case "0":
        break;
      case "":
        const n10 = Math.min();
        break;
      case "x,y,z":
        break;
      case "hello":
        a3.pop();
        o6["10"] = 20;
        break;
      default: {
      }
    }
  }
  x2 = [false, [], x2];
}
x2 = `${a3.concat([])}`.slice(0, 48);
let caught11 = null;
try {
  if (("3.5" <= "true")) throw new Error("u:" + `-${["a-b-c", 'ÅÉü']} end`);
  if (((4294967295 > (-2)) || ("1e3" !== "0"))) throw null;
  switch ((false ? 4 : (-0.2))) {
    case 3:
      let n12 = (Math.floor((o6?.["0"] ?? (-65535))) / 0xff);
      var n13 = ["a"].length;
      break;
    case (-1): {
      if (a3.length < 64) a3.push((6 / (-32)), (o6.len ?? 2));
      break;
    }
    case "1": {
      const n14 = ((~Math.floor((-1))) ** 0);
      for (const it15 of (65535 + "a")) {
        const sa16 = it15.split("|");
      }
      break;
    }
    case 1:
      const n17 = (Number("😀x") * (true ? 4 : (-8)));
      const n18 = [...a3.filter(p19 => false)].filter((x20) => x20 === x20).sort((x20, y21) => y21 - x20).indexOf(Math.abs((n17 / n17)));
      break;
  }
} catch (e22) {
  caught11 = typeof e22?.message === "string" && e22.message.slice(0, 2) === "u:" ? e22.name + "/" + e22.message : (e22?.name ?? e22);
}
return [x1, x2, a3, o6, caught11];
