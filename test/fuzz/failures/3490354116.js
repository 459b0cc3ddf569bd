// Kitwork fuzz failure, program seed 3490354116
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:NULL
// VM: throw <value>: Error: u:NULL
// replay: node --import tsx test/fuzz/run.ts --replay 3490354116

switch (((-1 / 0) % 1.5)) {
  default: {
    break;
  }
  case 3: {
    break;
  }
  case 1:
    for (let i1 = 0; i1 < 11; ++i1) {
      for (let it2 of "MiXeD".split("|")) {
        var x3 = 0o17;
        var b4 = (!((i1 % i1) <= (10 >>> i1)));
        x3 = x3;
      }
      const s5 = '12';
      if (s5.startsWith("3.5")) {
        let x6 = `${([] % ([1, (1 / 0), 5, 1, (-1e3)].indexOf(i1) > (1 ?? 9)))}`.slice(0, 48);
        x6 = (false ? [7, (-0o17), (-123.456)] : null);
        var n7 = ((~(-1_000)) + [].indexOf(3));
      } else if ([(-0)].map((p8) => 7).includes(i1)) {
        const n9 = s5.length;
        const sa10 = [];
      } else {
        let { b: n11 = 0, x: n12, c: n13, ...o14 } = ({});
        if ((Math.max() > (n11 % i1))) continue;
      }
    }
    for (const [k16, v17] of Object.entries(({ ...({}), y: 9 }))) {
      if ((JSON.stringify(({ "k1": 1.5e300, "b": (1 / 0), "a": 0o17 })) >= k16)) {
        let o18 = ({ c: v17, x: 1, y: Math.max(), 0: v17, v17 });
      } else if ([].concat([4, 7, 1.5, (-8), 2.5, 4294967295]).includes(k16.length)) {
        let o19 = ({});
        const n20 = ("zz" ?? ((true ? v17 : (-10)) / v17));
      } else {
        let x21 = ({ p: [4294967295].filter((p22) => true), q: { r: ["😀x", "MiXeD", "hello", ""].filter((p23) => false) } });
      }
      if (((~4) === Math.min())) continue;
      let o24 = ({ ...({ v17 }), k1: ((-1e21) + 2.5) });
    }
    break;
}
let o25 = ({});
for (let i26 = 0; i26 < 20; i26++) {
  const s27 = ("  pad  ".toUpperCase()[3] ?? "hello");
  if (((false + ["ÅÉü", "ÅÉü", 'abc,def', "hello", "tab\tend"]) !== null)) break;
}
var x28 = (undefined && ["abc,def", '0', '12'].length);
if (("\u0041\x42" < "tab\tend")) throw new Error("u:" + "null".toUpperCase());
const n29 = "tab\tend".length;
if (["1e3", "", "\u0041\x42", "Hi there", "-7"].includes("ÅÉü")) {
  o25 = ({ ...o25, ...o25 });
}
const n30 = n29;
var s31 = ("a" + (true ? ('😀x' + '0') : (true ? "a" : "abc,def"))).slice(0, 48);
return [o25, x28, n29, n30, s31, Math.min(9, n29, 8)];
