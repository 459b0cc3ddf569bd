// Kitwork fuzz failure, program seed 3122504241
// reason: V8 returned, VM threw
// V8: ok [[4],-0]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3122504241

for (const it1 of ["tab\tend", 'hello']) {
  for (let i2 = 1; i2 > 0; i2--) {
    if ([i2, (1 / 0), i2, i2, 32].includes((+[(-1.5), 1]))) {
      const sa3 = JSON.stringify(({ ...({ "y": 65535, c: 0 }), ...({}) })).split(",").slice(0, 16);
    }
    if (it1.repeat(1).startsWith(it1)) {
      var o4 = ({ c: i2, 2: 100, x: 10 });
      const s5 = it1.split(" ").join(" ");
      const sa6 = [(-16), 10, 5].map((x7) => `${x7}`).concat(["null", "line\nbreak", "q\"uote", "3.5", '-7'].map(p8 => it1)).slice(0, 16);
    } else {
      let [n9] = [...[2]].filter((x10) => x10 === x10).sort((x10, y11) => y11 - x10);
      let a12 = [].filter(p13 => true);
    }
    let sa14 = [(-0xff), 9, 1, 2].map((x15) => x15 + "");
  }
  let a16 = ["a b c", "12", "q\"uote", "abc,def"].concat(['b', 'single', "true", "hello"]).map((q17) => q17.length).slice(0, 16);
  let o18 = ({ ...({}), b: (0 / 0) });
}
var a19 = "null".toUpperCase().split(",").map((q20) => q20.length);
switch ((a19[0] ?? 3)) {
  case (-0):
    if (("ÅÉü" <= "back\\slash")) {
      for (const it21 of Object.keys(({ ...({ "10": (-0), "0": (-16) }), z_: (-0xff) }))) {
        var s22 = `-${"tab\tend"}:${a19}!`.repeat(1).slice(0, 48);
      }
      for (let i23 = 7; i23 > 0; i23--) {
        a19.pop();
      }
    } else if ((["", 'b', 'a b c', "abc,def", "-7"] <= "x,y,z")) {
      let caught24 = null;
      try {
        if (a19.length < 64) a19.push(7, 3);
        const [s25 = "a"] = "x,y,z".split(", ");
        if ((("" >= false) && (typeof ({}) === "number"))) throw [10, (-4294967295)];
      } catch (e26) {
        caught24 = typeof e26?.message === "string" && e26.message.slice(0, 2) === "u:" ? e26.name + "/" + e26.message : (e26?.name ?? e26);
        if (a19.length < 64) a19.push((1 ?? 7), Math.round(6));
      } finally {
        const { b: n27, len: n28 = (-0.5), ...o29 } = ({ c: 10, len: (-42), k1: 4294967296, b: 4 });
        var sa30 = "abc,def".split(" ");
      }
      if (Object.keys(({ "0": (-9007199254740991), len: 2147483647, x: (0 / 0), 10: 7 })).includes("a-b-c".toUpperCase())) {
        const x31 = [["line\nbreak", "a b c", 'Hi there', "b", "ab"].includes('0'), [], ("MiXeD" > "abc,def")];
        const n32 = [7, (1 / 0)].map((p33) => 9).length;
      }
    }
    break;
  case (0 / 0): {
    const s34 = "a".trim();
  }
  case 0: {
    const sa35 = 'Hi there'.padStart(3, "").split(",").slice().sort((x36, y37) => x36.length - y37.length);
  }
  default:
    break;
}
return [a19, ((-0) ** 1)];
