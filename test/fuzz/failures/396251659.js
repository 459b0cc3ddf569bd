// Kitwork fuzz failure, program seed 396251659
// reason: different results
// V8: ok [{"z_":2,"c":2,"a":0},[-0,-3.75,10],true,0]
// VM: ok [{"z_":2,"c":2,"a":0},[-0,-3.75,10],"",0]
// replay: node --import tsx test/fuzz/run.ts --replay 396251659

const o1 = ({ "z_": 2, c: 2, a: 0 });
let a2 = [(-0), (-3.75), 10];
if ((a2.reduce((acc3, x4) => acc3 + x4, 0) == "Hi there".indexOf("a-b-c"))) {
  var o5 = (true ? ({ len: (-0) }) : ({ y: (-0), k1: (-1), x: 10, "len": 1.5 }));
  for (const it6 of Object.keys(({ ...o1, ...o5 }))) {
    const x7 = a2;
    a2 = a2.concat(a2).concat(Math.round(0.2)).slice(0, 16);
    let o8 = o1;
  }
  const acc9 = (() => {
    let total = 0;
    const items = [];
    return {
      add: (v) => {
        total += v;
        if (items.length < 32) items.push(v);
        return total;
      },
      get: () => total,
      list: () => items.slice(),
    };
  })();
}
for (const it10 of String("s")) {
  const sa11 = it10.split(",");
  switch ((4 ** 0.5)) {
    case (-0):
      switch ([0, 10, 3, 5].indexOf(0)) {
        case 10: {
          const o12 = ({ len: 5, ...o1, b: ((7 - 256) & (1 / 0)) });
          const [n13, n14 = 3] = [8, 2147483648, (1 / 0), (-9007199254740991)].slice((-3), 1);
        }
        case 1:
          a2.pop();
          break;
        default:
          a2 = [].map((p15) => (false ? p15 : p15));
          break;
        case (0 / 0):
          let s16 = (it10 + `a${undefined}!`).slice(0, 48);
          const n17 = (o1[2] ?? 0);
          break;
      }
      if (false) {
        var n18 = (true ? 7 : 31);
        if (a2.length < 64) a2.push((o1?.["10"] ?? 0), it10.length);
      } else if ((false || false)) {
        a2 = Array.from({ length: 5 }, (_, i19) => i19 * (-0));
        if ((42 != (-4294967295))) continue;
      }
      break;
    case (-1):
      a2 = [9, (-2147483647), .5];
      break;
    case 1:
    case 0:
    default:
  }
}
return [o1, a2, (true || false), (+[])];
