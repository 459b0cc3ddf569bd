// Kitwork fuzz failure, program seed 4081073330
// reason: different results
// V8: ok ["hellofalse",false,NaN,0]
// VM: ok ["hellofalse","",[],0]
// replay: node --import tsx test/fuzz/run.ts --replay 4081073330

function f1(p2 = (-5), p3 = 42, p4) {
  const f5 = (p6 = (-42)) => {
    let w7 = 0;
    while (w7 < 5) {
      w7 += 1;
      for (let i8 = 0; i8 < 3; i8 += 2) {
        const o9 = (([10].indexOf(0) > (i8 - p3)) ? ({ len: (p6 ^ p2), a: ((0 / 0) + 0o17), 10: (-9007199254740993) }) : ({ ...({ ...({ k1: 7 }), a: 4 }), ...({ b: 4 }) }));
        ++p6;
        var n10 = p4.indexOf(p4);
      }
      if ((["line\nbreak", "  pad  ", "a-b-c", "b", "a-b-c"].slice(0) != undefined)) {
        const { a: n11 = 2147483647 } = ({ ...({ z_: 7, c: (-1.5) }), c: 9 });
        const a12 = ((({}) !== (n11 + p4)) ? [].map((p13) => p3).concat([6].slice(2)) : ((!({ "k1": 5 })) ? [6, ...[6, 3, (1 / 0), 9007199254740991, (-0), 2], ...[6, (-1_000), 0xff, (-42), 0o17]] : [10])).slice(0, 16);
      } else {
        p6 = Math.ceil((p6 >>> p6));
      }
    }
    let o14 = ({ a: [].join().length, 2: 2.5, z_: (["😀x", "q\"uote"].length - p2) });
    for (let i15 = 0; i15 <= 5; i15++) {
      p3 = (--p3);
    }
    p4 = "a-b-c";
    return (typeof ({ "0": 9, k1: p3, "len": 0, ...o14 }));
  };
  for (var i16 = 7; i16 > 0; i16--) {
    if (false) {
      p2 = (100 % i16);
    } else {
      p4 = ((1_000 > 4) ? (p4 + p4) : p4.slice(4)).slice(0, 48);
    }
    for (let i17 = 0; i17 < 1; i17++) {
      const a18 = [...[(1 / 0), 4, (-1_000), 3, (0 / 0), 3]].filter((x19) => x19 === x19).sort((x19, y20) => y20 - x19);
      --p2;
      p4 = (p4 + (i16 + "x,y,z").slice(1)).slice(-48);
    }
  }
  return ["😀x", "1e3", "-7", "null"].map((q21) => q21.length).slice().sort();
}
let s24 = ("hello" + "3.5".toLowerCase().startsWith(`x=${(-9007199254740993)} end`)).slice(0, 48);
let b25 = ((Math.max(8) + (3 - 1)) <= (s24.indexOf("ab") >> [1, (0 / 0), (-0), 2147483647].length));
function rec26(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec26(s, n - 1);
}
let n27 = Math.max(Math.floor(Math.sqrt(10)), (Number.isInteger(Math.abs(8)) ? 1 : 0), (+Array.from({ length: 2 }, (_, i28) => i28 * (-0))));
n27 ||= n27;
return [s24, b25, n27, (+[])];
