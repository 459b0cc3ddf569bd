// Kitwork fuzz failure, program seed 270400325
// reason: V8 returned, VM threw
// V8: ok [[-8,-20,1.5,3.75,7,-2147483648,NaN,NaN],NaN,[-8,-20,1.5,3.75,7,-2147483648,NaN,NaN]]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 270400325

const a1 = [(-8), (-20), 1.5, 3.75, "abc,def".split("|").join("-").length, (-2147483648)];
let n2 = Math.sign(('abc,def' ?? Math.trunc(7)));
if (a1.length < 40) a1.push(n2, (+[1e-7, 7, 7, 4, 9, 0xff]));
if ((n2 <= n2)) {
  const sa3 = a1.filter((p5) => true).map((x4) => x4 + "").map(p6 => "line\nbreak".toLowerCase().repeat(2).slice(0, 48)).slice(0, 16);
} else if (([a1, []] == undefined)) {
  const n7 = (Math.max("a b c".length, (~(-8)), (n2 + 4)) ^ n2);
  switch ([].length) {
    case 2: {
      for (const it8 of "\u0041\x42".split(", ")) {
        var x9 = [a1, ((n2 > n2) ? a1.map(p10 => 4) : undefined), 'x,y,z'.slice().toUpperCase(), n2];
        const s11 = `$${n7}!`.slice(0, 48);
        let { x: n12, c: n13 = (-0) } = (false ? ({}) : ({ "2": 0xff, y: (-0) }));
      }
      if (a1.length < 20) a1.push((n7 * 2));
    }
    default:
      let a14 = a1.filter(p15 => false);
      a14 = Object.keys(({})).map((q16) => q16.length);
    case (-1): {
      const x17 = [({ 2: (0 / 0), "x": n7 }), "  pad  ".toUpperCase(), (a1[(-0.2)] ?? 0.5)];
      if (0 < a1.length) a1[0] *= "zz".length;
    }
  }
}
const f18 = (p19, ...rest20) => {
  n2 += (("" == p19) ? (4 / n2) : (true ? n2 : (0 / 0)));
  let w21 = 0;
  while (w21 < 2) {
    w21 += 1;
    p19 = p19.split("|").join("-");
    if (true) {
      var s22 = (['Hi there', "3.5", ""].join("").toUpperCase() + JSON.stringify([("" && "abc,def")])).slice(0, 48);
      let b23 = (typeof (["true"] || ['true', "null", 'null', "ab"].slice(0)) === "string");
      rest20 = [(-32), 3, 6, 4, 16].slice(3, 4);
    } else {
      let x24 = (null || n2);
    }
    const [n25 = 5, n26 = 2, n27 = (-0)] = [9, 9, 3, 1];
  }
  for (const [k29, v30] of Object.entries(({ ...({ c: (-0.5), 10: 1_000, a: 1000 }), k1: n2 }))) {
    const n31 = (true ? n2 : v30);
    p19 = ((typeof a1) + p19.repeat(2)).slice(0, 48);
  }
  return null;
};
const f32 = () => ({ ...({ x: n2, len: 3 }), ...(false ? ({ k1: 5, x: 1e21 }) : ({})) });
const a33 = a1;
return [a1, n2, a33];
