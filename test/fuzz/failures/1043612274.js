// Kitwork fuzz failure, program seed 1043612274
// reason: different results
// V8: ok [NaN,1,1000,-0.1,false,null,null,false]
// VM: ok ["10,3.75,-0.5NaN",1,1000,-0.1,false,null,null,false]
// replay: node --import tsx test/fuzz/run.ts --replay 1043612274

let n1 = (1 / 0);
const { x: n2 = 1, c: n3 = 1000, a: n4 = (-0.1) } = (false ? ({ a: 5, "b": 9, "k1": (-32), 0: (-2147483647) }) : ({ len: (-0) }));
let b5 = (![(-4), (0 / 0)].map(p6 => n4));
function rec7(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec8(n - 1);
}
function rec8(n) {
  return n > 0 ? rec7(n - 1) : false;
}
let caught9 = null;
try {
  b5 = ("tab\tend" <= "\u0041\x42");
  let x10 = ({ p: false, q: { r: n3 } });
  let n11 = [(-100), 31, 7, (-0)].slice((-3)).reduce((acc12, x13) => acc12 + x13, 0);
} catch (e14) {
  caught9 = typeof e14?.message === "string" && e14.message.slice(0, 2) === "u:" ? e14.name + "/" + e14.message : (e14?.name ?? e14);
} finally {
  const s15 = `-${((-2.5) * n1)}$${"0".split(",").join(",")}\n${undefined} end`.slice(0, 48);
}
for (let i16 = 0; i16 < 1; i16 += 1) {
  switch (Math.max()) {
    default:
      let w17 = 0;
      while (w17 < 8) {
        w17++;
        let s18 = ('-7'.toUpperCase().split("-").join(",") + "3.5").slice(0, 48);
        let x19 = ["12"];
      }
    case 1: {
      for (const it20 of Object.keys(({ k1: 9007199254740991, "0": 255, "a": 20, n2 }))) {
        const n21 = ((n1 += n3) % (null ?? (-8)));
        --n1;
      }
    }
    case 3:
      const b22 = ([10, 1.5e300, .5, 5e-324, 0b101].includes((-0.2)) || ("b" <= ({})));
      let s23 = ("Hi there" + [7, 0o17, 255, 5, 65535].map((p24, i25) => (-0.1))).slice(0, 48);
  }
}
for (const [k27, v28] of Object.entries((b5 ? ({ len: 2147483647 }) : ({ b: 8, c: 123.456 })))) {
  const n29 = (n3 | (n1 += (+[10, 3.75, (-.5)])));
  b5 = [123.456, 0.5].map((p30) => n4).includes((n2 * (-5e-324)));
}
let caught31 = null;
try {
  let o32 = ({ ...({ 2: 9, z_: 255, x: 2147483648, k1: 2 }), y: n1 });
  const f33 = () => (false ? "" : undefined);
} catch (e34) {
  caught31 = typeof e34?.message === "string" && e34.message.slice(0, 2) === "u:" ? e34.name + "/" + e34.message : (e34?.name ?? e34);
} finally {
  var sa35 = ["a-b-c", "😀x", 'single', "-7", "1e3"].map((p36) => p36);
}
return [n1, n2, n3, n4, b5, caught9, caught31, ('a b c' == '1e3')];
