// Kitwork fuzz failure, program seed 679597582
// reason: different results
// V8: ok [-Infinity,"null",["a b c","😀x","zz"],{"b":1000,"a":-7,"z_":-9007199254740992,"c":-Infinity},[-32,20,-4],NaN,"u"]
// VM: ok [-Infinity,"null","a b c,😀x,zz",["a b c","😀x","zz"],[-32,20,-4],NaN,"u"]
// replay: node --import tsx test/fuzz/run.ts --replay 679597582

for (let i1 = 16; i1 > 0; i1--) {
  const n2 = ((i1 >> (true ? 1e21 : i1)) - Math.round((+"ÅÉü")));
  const acc3 = (() => {
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
  for (let i4 = 1; i4 > 0; i4--) {
    let n5 = ((i1 + 1000) & Math.min());
  }
}
const n6 = Math.max();
for (let i7 = 0; i7 <= 20; ++i7) {
  if ((typeof undefined === "number")) {
    switch ((i7 / n6)) {
      case 10:
      case "1": {
        break;
      }
      default: {
        let sa8 = "x,y,z".trim().split("");
        sa8 ||= ("  pad  "[3] ?? '  pad  ').split(" ");
      }
      case 2: {
        const x9 = null;
        break;
      }
      case 1:
        var n10 = (i7 ** 10);
    }
    for (let i11 = 0; i11 < 16; ++i11) {
      const n12 = Math.abs([4].map((x13) => x13 + "").length);
      if (((false ? "null" : "true") <= undefined)) continue;
      const s14 = JSON.stringify([1.5]).slice(0, 48);
    }
  } else if ((({ y: 1000, "k1": (-2.5), "b": 5, c: 3 }) < [1e3, 2147483648, (0 / 0), (-1000), 1.5, 2])) {
    let { len: n16, a: n17 = 7, b: n18, ...o19 } = ({ "len": 4 });
    if (((n17 >= i7) || ("a-b-c" == "\u0041\x42"))) continue;
  }
}
let s20 = "null";
const n21 = (["a b c", "😀x", 'zz'] ?? [(-5), 4294967295, 1e-7, 0, 10, 32].length);
const o22 = ({ ...({ ...(false ? ({ x: (-2.5) }) : ({ "b": 1000 })), ...(false ? ({ k1: 8, "10": (-7), "x": (-1.5), c: 1 }) : ({ "a": (-7), z_: (-9007199254740993) })) }), c: n6 });
const a23 = [(-32), 20, (-4)];
return [n6, s20, n21, o22, a23, (2 % n21), (s20.at((-3)) ?? "")];
