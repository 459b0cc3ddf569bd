// Kitwork fuzz failure, program seed 2590297559
// reason: V8 returned, VM threw
// V8: ok [{"0":2147483648,"z_":0,"b":-1},"x=true$6 end",false,[-0,3,2],[],"x=true$6 end",-1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2590297559

if ((typeof (1 && [10, 1]) === "number")) {
  switch (Math.max(4294967296)) {
    case (0 / 0): {
      const o1 = ({ ...({ c: (-0.2), "z_": 31, x: (0 / 0), len: 0xff }), ...({ c: (-32), a: 6, "len": 1_000 }) });
    }
    case "1": {
      for (const it2 of [7, 10]) {
        var a3 = [3];
        let b4 = ((it2 ** (-1)) === [(-0), 8, 65535, 10].length);
      }
      const o5 = ({});
    }
    case 10:
      let o6 = ((typeof [] === "undefined") ? ({ len: 4, x: (-8), k1: 1 }) : (false ? ({ a: 20, k1: 1000, x: 100 }) : ({ z_: 4, c: (-1e3) })));
      o6 = ({ ...({ z_: 0b101 }), y: (0 / 0) });
      break;
    case (-1):
      break;
  }
  let a7 = [(0 / 0), 4, 0, 7].concat([9]).slice(0, 16);
}
let o8 = ((!["😀x", "b"].filter((p9) => true)) ? ({ 10: (-255), 2: 1, len: (-0), a: 1 }) : ({ ...({ ...({ 0: 2147483648 }), z_: 0 }), b: "a-b-c".indexOf("zz") }));
const s10 = `x=${true}$${""}${6} end`.split(", ").join("-").slice(0, 48);
if ((("" || true) != (0 && [5, 0, 7]))) {
  for (let i11 = 0; i11 < 14; i11 += 2) {
    let s12 = ([(-7), 8, 255, (-1 / 0), 100].includes(i11) ? (true ? s10 : "a") : (s10 + s10)).slice(0, 48);
    for (let i13 = 0; i13 <= 11; ++i13) {
      let { x: n14, b: n15 = 8 } = ({ ...o8, "b": 0, c: (-1 / 0), "z_": 3.75 });
    }
    var n16 = (~i11);
  }
} else {
  if (false) {
    let sa17 = [Math.sqrt(8), (-1e-7)].map((x18) => `${x18}`);
  } else {
    const a19 = [...[7, 7, 1], ...[]].concat([10, (-0b101)].slice(0)).slice(0, 16);
    const n20 = (true ? s10 : s10).indexOf("MiXeD".padEnd(1));
  }
}
let b21 = [4, 10, 0o17, 31].map(p22 => p22).includes((+[0, 5, 10, 10]));
var a23 = Array.from({ length: 3 }, (_, i24) => i24 * (-2));
const sa25 = [];
if (("hello" != "abc,def")) {
  let w26 = 0;
  while (w26 < 2) {
    w26 += 1;
    for (let i27 = 0; i27 < 13; i27++) {
      const { a: n28 = 16 } = o8;
    }
    a23.pop();
    const x29 = o8?.b;
  }
  const a30 = a23.map((p31) => p31);
  if (a23.length < 64) a23.push(["12", "ab", "a-b-c"].length, (false ? w26 : w26));
}
return [o8, s10, b21, a23, sa25, s10, a23.indexOf(20)];
