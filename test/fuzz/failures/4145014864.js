// Kitwork fuzz failure, program seed 4145014864
// reason: different results
// V8: ok [4,undefined,[14,-123.456,0],NaN]
// VM: ok [4,"5,0,0",[5,0,-0],NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 4145014864

const { c: n1 = 3, len: n2, ...o3 } = ({ "c": 4, 2: (-2147483647), 0: (-0) });
for (const it4 of `a${false}\n${false}\n${[]}\`q`) {
  let x5 = n2?.p?.length;
  const n6 = n1;
}
let a7 = [...(true ? [9, 4, 123.456] : [(-4294967296), 3.75, 3, (-31)])].filter((x8) => x8 === x8).sort((x8, y9) => y9 - x8);
if ((true && true)) {
  var a10 = [].map((q11) => q11.length).filter((p12) => (![]));
  let s13 = String((n2 ?? a7)).trim().slice(0, 48);
  const f14 = function (p15 = 3, p16, p17, ...rest18) {
    function f19() {
      let sa20 = s13.padStart(1).split(",");
      for (const [k22, v23] of Object.entries(({ ...o3, y: (-4294967295) }))) {
        const n24 = `\n${[3]} ${true}\`q`.indexOf(("tab\tend" + '3.5'));
      }
      return Object.keys(o3);
    }
    a7 = [];
    return [1e21, 1, 1].join("").slice(0, 48);
  };
}
function f25(p26 = "", p27, p28 = 5) {
  switch ((4 + p26)) {
    case "a": {
      for (const it29 of a7) {
        if ((true && (it29 != 1))) throw 'a-b-c';
        let x30 = ({ ...({ c: p27, "0": n1, "x": 4 }), ...({ ...({ "z_": 2147483647, c: 1.5e300, y: 123.456 }), ...o3 }) });
      }
      a7 = Array.from({ length: 6 }, (_, i31) => i31 * 3);
      break;
    }
  }
  if (2 < a7.length) a7[2] = ((-1) + p27);
  for (let i32 = 0; i32 < 16; i32 += 1) {
    let caught33 = null;
    try {
      if ((p26 <= "ÅÉü")) return (false && true);
      p26 = p26;
      [p27, p28] = [p28, p27];
    } catch (e34) {
      caught33 = typeof e34?.message === "string" && e34.message.slice(0, 2) === "u:" ? e34.name + "/" + e34.message : (e34?.name ?? e34);
      o3.y = (n1 % i32);
    }
    p26 ||= ["line\nbreak", "tab\tend", "b", "b", "a-b-c"].join("-").slice(0).slice(0, 48);
  }
  return (("s" ?? p27) === 1e21);
}
if (a7.length < 8) a7.push("a b c".length);
a7 = a7.filter((p35) => false).map((p36) => (~(-0)));
const s37 = (false ? 'MiXeD'.padStart(8, "*") : JSON.stringify([n2])).slice(0, 48);
if (a7.length < 8) a7.push((n1 | 10));
var sa38 = ("  pad  " + "tab\tend").split("|").slice(2).slice(0, 16);
let a39 = a7;
if (a39.length < 40) a39.push((-123.456), Math.min(n1, 0, n1));
return [n1, n2, a7, (+[5, 0, (-0)])];
