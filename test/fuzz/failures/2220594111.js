// Kitwork fuzz failure, program seed 2220594111
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:9,16,32,15 12x=1!
// VM: throw <value>: Error: u:9,16,32,15 12x=1!
// replay: node --import tsx test/fuzz/run.ts --replay 2220594111

var a1 = ("x,y,z"[0] ?? "tab\tend").split("|").map((q2) => q2.length);
switch ((5 % 1e-7)) {
  case (0 / 0): {
    a1 = (false ? a1 : [1, 0xff, (-0), 1, (-1), 0]);
  }
  case 1: {
    switch ((2 ^ 256)) {
      case (-1):
        for (let i3 = 0; i3 < 19; i3 += 2) {
          var b4 = (false || false);
        }
        if (((-65535) != 0.5)) {
          const s5 = "hello";
          let n6 = ((-4294967296) % 1.5e300);
          let n7 = n6;
        } else if (("a-b-c".length < (-256))) {
          var b8 = (false || false);
          let s9 = "-7".toUpperCase();
        } else {
          let x10 = `${(("-7".split(",") + []) ?? ({ 2: (-0), 10: (1 / 0), z_: (-0) }))}`.slice(0, 48);
          const s11 = JSON.stringify("12".split(",").join("|")).toUpperCase().slice(0, 48);
        }
        break;
      default: {
        switch ((+"0")) {
          case (0 / 0):
          case 1:
            const [n12] = [(-0), 8, (-2147483648)].map((p13, i14) => p13);
            const s15 = JSON.stringify([].map(p16 => "abc,def")).slice(0, 48);
          default:
            let { c: n17 } = ({ ...({ k1: (-.5) }), ...({ "z_": 7 }) });
        }
        break;
      }
      case (-0):
        break;
    }
    break;
  }
  case (-0):
    var a18 = [2, 8, (-2147483647)];
  case (-1):
    const f19 = function (p20 = [1, 2], p21) {
      var a22 = [9].slice().sort().concat([(-255), (-42), 2, 1].slice((-1))).slice((-1), 3).slice(0, 16);
      function f25() {
        const x26 = `${("Hi there".slice(1, 5) / ({ ...({}), ...({ 2: 1e3, k1: 8, 0: 9007199254740993 }) }))}`.slice(0, 48);
        return (typeof false).split("-");
      }
      return (5 ** 1);
    };
    const o27 = ((typeof 1 === "number") ? ({ b: 2, 2: (-0), y: (-255), 0: (0 / 0), ["k" + 1]: 0b101 }) : ({ 2: 7, c: 0.2 }));
    break;
}
if ((!a1.includes(3))) throw new Error("u:" + `${[9, 16, 32, 0o17]} ${"12"}x=${a1}!`);
return [a1, "ÅÉü".padEnd(0, "*")];
