// Kitwork fuzz failure, program seed 737623119
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:0
// VM: throw <value>: Error: u:0
// replay: node --import tsx test/fuzz/run.ts --replay 737623119

if ((("😀x" !== '0') || ([] == undefined))) throw new Error("u:" + "0".split(" ").join(""));
const f1 = () => {
  switch ((true + (-7))) {
    case (0 / 0):
    case 10:
      break;
    case 2:
      for (let i2 = 20; i2 > 0; i2--) {
        var a3 = ["ÅÉü", "  pad  ", "tab\tend"].map((q4) => q4.length).filter(p5 => (p5 < "s"));
        const o6 = ({ c: 8, z_: (-42), "x": 1e3, 2: (-123.456) });
        let b7 = ("hello".repeat(2) != ["abc,def", "tab\tend", "ÅÉü", "0", "x,y,z"].join(","));
      }
      if ([255, (-255), 256, 4, 5].slice(1, 6).includes((0 * 7))) {
        const n8 = [(-16), 1.5].filter((x11) => x11 === x11).sort((x11, y12) => x11 - y12).reduce((acc9, x10) => acc9 - x10, 0);
        var o13 = ({ "k1": 6, 2: 0 });
      } else if ((` ${"Hi there"} ${"ab"}` <= "ÅÉü")) {
        const s14 = Object.keys(({ len: (-32), 0: 2147483647, a: (-0.2), "z_": 0 })).join(", ").slice(0, 48);
        const s15 = "hello";
      } else {
        const [n16 = 256, ...a17] = [10, ...[], ...[1, 7]];
        if ([1, 1, (-7), (1 / 0)].includes(n16)) return ['hello', "0", "  pad  ", '-7', "line\nbreak"].includes('true');
      }
      break;
    case 1:
      let [, s18, ...sa19] = ["3.5", "a-b-c", "abc,def"].map(p20 => p20);
      if ((!'single')) {
        var a21 = [0, (-0), 0, (-0), 6].filter(p22 => false);
        sa19 = ["a"];
        const s23 = ((true ? "MiXeD" : "ab") + String((-3))).slice(0, 48);
      } else if ((typeof 3 === "number")) {
        const b24 = [3, 10, 3].map(p25 => p25).includes((-0));
      } else {
        const a26 = [4, 1e3, (0 / 0)].map((p27) => p27);
        const o28 = ({ ...({}), ...({ 10: (-1e3) }) });
      }
    default: {
      const x29 = ({ p: [], q: { r: (false && ((-0) <= 65535)) } });
      if ((true >= [1])) {
        var x30 = `${(({ ...({}), y: Math.sign(9007199254740991) }) % null)}`.slice(0, 48);
      } else {
        let o31 = ({});
        const s32 = "back\\slash";
      }
    }
  }
  let s33 = 'MiXeD'.toUpperCase();
  s33 = (s33 + (true ? s33 : s33)).slice(0, 48);
  const f34 = () => {
    const n35 = ((-3) - (0 / 0));
    return (s33 + s33).split(", ").slice(0, 16);
  };
  return (true == "");
};
const x36 = Object.keys(({ ["k" + 1]: 100 }));
return [x36, true];
