// Kitwork fuzz failure, program seed 1674572806
// reason: V8 returned, VM threw
// V8: ok [-1,[],-4.25,-0,4294967295]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1674572806

var n1 = (((-0) === 4294967295) ? [].filter((p2) => false) : [...[9]].filter((x3) => x3 === x3).sort((x3, y4) => y4 - x3)).indexOf(((2 * 6) << (+[])));
for (const it5 of ['ÅÉü', "12", "\u0041\x42"].filter(p6 => false)) {
  for (let it7 of ["  pad  ", "null"]) {
    const s8 = it7;
  }
}
let sa9 = Object.keys(({ z_: (-.5), 10: 7, "c": 9007199254740993 })).slice((-2));
sa9 &&= ["line\nbreak"].filter((p10) => false);
let [n11 = (0 / 0), n12 = 3, n13] = [...[(-0.5), (-0), 4294967295, (-0), (-9007199254740991)], ...[(0 / 0), 1e-7, (0 / 0), (0 / 0), 0.1, 10]];
n13 ||= n13?.length;
n11 += (n1 * 3.75);
switch ("true".length) {
  case (0 / 0): {
    var o14 = ({ 2: 10, a: n12 });
    sa9.pop();
    break;
  }
  case (-1):
    let x15 = `${("abc,def" + [(0 / 0), 1000, 8].map(p16 => n12))}`.slice(0, 48);
    n13 ??= `${(("ÅÉü" + '-7') + sa9.map((q17) => q17.length))}`.slice(0, 48);
    break;
  case 10:
    break;
}
function f18(p19 = 256) {
  const b20 = "null".includes('3.5');
  if (("3.5".toUpperCase() == `\n${n13}x=${true} end`)) {
    let caught21 = null;
    try {
      let n22 = "b".length;
      sa9 ??= "tab\tend".split(", ");
      const a23 = [3, (-5e-324), 2, (-1 / 0), 9007199254740993, 31].map(p24 => n11);
    } catch (e25) {
      caught21 = typeof e25?.message === "string" && e25.message.slice(0, 2) === "u:" ? e25.name + "/" + e25.message : (e25?.name ?? e25);
      const b26 = [(-1), 2, (0 / 0), 8, 65535].filter(p27 => true).includes([].indexOf(p19));
    } finally {
      --p19;
    }
    let caught28 = null;
    try {
      var sa29 = ['12'];
      var s30 = (("-7" + "Hi there").at(1) ?? "").slice(0, 48);
      if ((true <= [5e-324, (-1 / 0), 1, 6])) throw (b20 ? 1e21 : n12);
      if ([...[7, 7, (-10), 4, 1, (0 / 0)], ...[(-4294967295), 6, 0, 6, 10]].includes((4 >> n1))) throw [1, 1_000, 5, (-2)];
    } catch {
      caught28 = "caught";
    }
    let caught31 = null;
    try {
      const s32 = ((5 + "-7".split(" ").join(","))[3] ?? "back\\slash").slice(0, 48);
      const o33 = ({ "z_": 0, a: 0.1, n11 });
    } catch (e34) {
      caught31 = typeof e34?.message === "string" && e34.message.slice(0, 2) === "u:" ? e34.name + "/" + e34.message : (e34?.name ?? e34);
    }
  }
  try {
    return [10, 32].map(p35 => (-0));
  } finally {
  }
}
return [n1, sa9, n11, n12, n13];
