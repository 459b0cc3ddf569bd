// Kitwork fuzz failure, program seed 118100498
// reason: V8 returned, VM threw
// V8: ok [false,"a b ca b ca b c"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 118100498

let b1 = (null !== null);
switch ("Hi there".slice(2)) {
  case "a":
    var a2 = [].filter((x3) => x3 === x3).sort((x3, y4) => x3 - y4).filter((p5) => false).slice().sort();
    break;
  case "0":
    const n8 = 3;
    let caught9 = null;
    try {
      switch ("0") {
        case "x,y,z":
          var a10 = (b1 ? ["line\nbreak", "a"].concat(["-7", '0', '', "3.5", ""]).map((q11) => q11.length) : [...[3], ...[]].slice(2, 5)).slice(0, 16);
          var s12 = JSON.stringify(['single', "MiXeD", "x,y,z", "  pad  "], null, 2).slice(0, 48);
          break;
      }
      for (const it13 of ("hello".at((-1)) ?? "")) {
        let b14 = false;
      }
      const s15 = JSON.stringify(({ x: 5e-324, 10: 10, "k1": n8, b: 9 })).slice(3, 2).slice(0, 48);
      if ((n8 < n8)) throw null;
    } catch (e16) {
      caught9 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
    }
    break;
}
b1 = [(-1e21), 2.5, (-0), (-0.1), 10, (-.5)].map((p17) => (-1.5)).includes((+[(-1e3), 10]));
switch ("".repeat(3)) {
  case "0":
    if ([...[3, (-32), 10], ...[3, (-16), 4, 5]].includes(8)) {
      const { a: n18 } = (b1 ? ({ y: (-0o17), k1: 3, x: (-1) }) : ({ 0: 5e-324, len: 1, "z_": 1_000, y: 9007199254740991 }));
      const sa19 = ["zz", "true", "a b c", "abc,def", 'single'];
    } else {
      b1 = (({}) !== undefined);
    }
  case "ab":
    var o20 = ({ ...({ ...({ "2": 1e21, b: 3 }), y: [].length }), ...({ ...({ ...({ 0: 0o17, "2": (-0) }), k1: 1 }), ...(b1 ? ({ z_: 2, a: (-1e21) }) : ({ a: 10, 10: 0.1 })) }) });
    if (((o20?.x ?? (-9007199254740993)) < (b1 ? 0xff : 8))) {
      for (let it21 of Object.keys(({ y: (-0), ...o20, z_: 0.1 }))) {
        let s22 = it21.trim();
      }
      o20 = ({ b: 2147483647, ...o20, a: 123.456, "k1": (-0) });
    }
    break;
  case "hello":
    for (let i23 = 9; i23 > 0; i23--) {
      if ((!'  pad  ')) {
        const sa24 = "12".slice(1, 5).split("");
        let s25 = (10 + 'x,y,z').toUpperCase().slice(0, 48);
        const sa26 = "ab".split("|");
      }
      const a27 = ['3.5', "3.5", "0", "1e3", "0"].map((q28) => q28.length);
    }
}
b1 ??= [256, (-1_000), 0, (-0), (-16), (-7)].slice(2, 3).includes((+"-7"));
return [b1, "a b c".repeat(3)];
