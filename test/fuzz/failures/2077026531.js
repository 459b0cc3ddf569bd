// Kitwork fuzz failure, program seed 2077026531
// reason: different results
// V8: ok ["3,42",-1,true,"18x=1e3,x,y,z,a-b-c,x,y,z,1e3",0,"18x=1e3,x,y,z,a-b-c,x,y,z,1e318x=1e3,x,y,z,a-b-c,x,y,z,1e318x=1e3,x,y,z,a-b-c,x,y,z,1e3"]
// VM: ok ["3,42","",[],"18x=1e3,x,y,z,a-b-c,x,y,z,1e3",0,"18x=1e3,x,y,z,a-b-c,x,y,z,1e318x=1e3,x,y,z,a-b-c,x,y,z,1e318x=1e3,x,y,z,a-b-c,x,y,z,1e3"]
// replay: node --import tsx test/fuzz/run.ts --replay 2077026531

const x1 = `${[...["😀x"].map((q2) => q2.length), ...[42].filter(p3 => true)]}`.slice(0, 48);
let caught4 = null;
try {
  for (let i5 = 0; i5 <= 7; ++i5) {
    let { a: n6 } = ({ ...({ x: (-1 / 0), c: 0xff }), k1: i5 });
    n6 &&= n6.p;
  }
  let [n7 = 3, n8, n9 = 0] = [(-0), 4, 9, (-2147483647), (1 / 0), 8].map(p10 => (-0));
  if ((!(false > false))) throw 'MiXeD'.indexOf("3.5");
} catch (e11) {
  caught4 = typeof e11?.message === "string" && e11.message.slice(0, 2) === "u:" ? e11.name + "/" + e11.message : (e11?.name ?? e11);
  const n12 = (-(-9007199254740993));
}
const b13 = ("3.5" !== 'ÅÉü');
if ((32 !== 1)) {
  const a14 = [255, 5, 7, (-1e21)].slice((-2), 1).concat([].length).slice(0, 16);
  function f15() {
    let caught16 = null;
    try {
      if ((b13 || b13)) {
        let s17 = JSON.stringify([(-20), ...[(-0), (-0.5), (0 / 0)], ...a14]).slice(0, 48);
        const n18 = ((Number.isInteger(3) ? 1 : 0) - Number(s17));
      }
      const n19 = (((-10) / (5 - 2)) & (Math.floor(6) % (b13 ? 256 : 8)));
      if ((((-3) >> n19) == n19)) throw 'null';
    } catch (e20) {
      caught16 = typeof e20?.message === "string" && e20.message.slice(0, 2) === "u:" ? e20.name + "/" + e20.message : (e20?.name ?? e20);
      let x21 = caught4;
    } finally {
      if (((-8) !== 123.456)) {
        let sa22 = ["MiXeD", "a b c", "ÅÉü", "ab"];
      } else {
        let { b: n23, x: n24 = 42, ...o25 } = ({ ...({}), ...({ z_: 3, x: 9, "0": (1 / 0), a: (-1e21) }) });
        o25.a = n24;
      }
      let [, , ...sa26] = ["ab"].concat(["abc,def", "null", "zz", "12", "a b c"]);
    }
    for (let i27 = 0; i27 < 11; ++i27) {
      a14.pop();
      if ((0 === 10)) break;
    }
    const { c: n28, len: n29 = 6, x: n30 = 5, ...o31 } = ({ "10": 0, b: 4, c: (-255) });
    return '12'.split(" ");
  }
}
const s32 = ((Number.isInteger(2) ? 1 : 0) + `${8}x=${["1e3", "x,y,z", 'a-b-c', "x,y,z", "1e3"]}`).slice(0, 48);
switch (s32.padEnd(4)) {
  case "a":
    break;
  case "x,y,z":
    break;
  case "0":
    var a33 = (false ? [].map((p34) => p34).filter((x35) => x35 === x35).sort((x35, y36) => x35 - y36) : [Math.sign((-0)), 2, 255, 0, [2].length]);
    var n37 = Math.min((-0));
    break;
  case "hello":
}
return [x1, caught4, b13, s32, (+[]), s32.repeat(3)];
