// Kitwork fuzz failure, program seed 3001895272
// reason: different results
// V8: ok ["$ÅÉüb\n1.5,255\nNaN!",3,undefined,{"2":7,"10":-Infinity,"a":6,"y":-31,"z_":6,"c":-1e+21,"x":0},{"b":3,"z_":0,"c":-3,"n15":3},false]
// VM: ok ["$ÅÉüb\n1.5,255-0.2,2,5e-324,-255,7,65535NaN!",3,undefined,{"2":7,"10":-Infinity,"a":6,"y":-31,"z_":6,"c":-1e+21,"x":0},{"b":3,"z_":0,"c":-3,"n15":3},false]
// replay: node --import tsx test/fuzz/run.ts --replay 3001895272

switch ("a b c") {
  case "hello": {
    break;
  }
  default:
    const f1 = () => (1.5 < 0xff);
    break;
  case "":
    for (let i2 = 0; i2 < 6; i2 += 3) {
      for (let i3 = 0; i3 <= 9; i3++) {
        let s4 = `a${(i3 + ("zz" + "  pad  "))} ${'single'.trim().slice(2, (-2))} end`.slice(0, 48);
        const sa5 = Object.keys(({ ...({ x: 2147483647 }), ...({}) }));
        if (sa5.length < 20) sa5.push(s4.repeat(3).slice(0, 48));
      }
      let n6 = ([].includes(i2) + (0 / 0));
    }
}
let s7 = `$${(("b"[2] ?? 'ÅÉü') + ("zz"[3] ?? "b"))}\n${[0, 1.5, 255, 2, (-5), (1 / 0)].slice(1, 3)}\n${(undefined ?? (+[(-0.2), 2, 5e-324, (-0xff), 7, 65535]))}!`.slice(0, 48);
function f8() {
  if (("abc,def" <= s7)) {
    const x9 = ({ p: ({ p: (2 - (0 / 0)), q: { r: [.5, 16, 2.5, 8, 8, (0 / 0)] } }), q: { r: ((true ? ['ÅÉü', 'ab', ""] : null) && ({ a: 3.75, "b": 4294967295, 0: 9, 2: (-16) })) } });
    switch (Math.floor((-5))) {
      case (-1):
        break;
      default:
        break;
      case 0: {
        let sa10 = Object.keys(({ b: (-100), 2: 0 }));
        break;
      }
    }
  } else {
    const n11 = Math.min([5, 32, 6, (-0)].map((p12) => 4).length, (s7[3] ?? "a").length, s7.slice((-3), 1).indexOf(("a-b-c"[1] ?? "tab\tend")));
  }
  if ((255 == 100)) throw "ab";
  try {
    return [0.5, 1.5].reduce((acc13, x14) => acc13 - x14, 1);
  } finally {
    s7 ??= ("line\nbreak".at(0) ?? "");
  }
}
const n15 = Math.min((8 + (false + 0xff)), 3);
let { len: n16, ...o17 } = ({ ...({ 2: 7, 10: 2, a: 6, "y": (-31) }), ...({ "z_": 9, c: (-1e21), 10: (-1 / 0), x: 0 }) });
o17.z_ = 6;
let o18 = ({ "b": n15, z_: ([].length % Math.max()), c: (-Math.min(n15)), n15 });
for (let i19 = 0; i19 < 7; i19 += 2) {
  const a20 = [3.75, 2, (-0)].map((p21) => p21).map(p22 => (-7)).filter(p23 => ((+[]) != Math.min(i19)));
}
if ([(-0.1), 5, (-0)].includes([1, 0].indexOf(1e21))) {
  o18 = ({ ...({ b: (-2147483647), y: 7, 0: 5 }), ...o17 });
  o18 = o17;
} else if ((["ab", "line\nbreak", "abc,def"].filter(p24 => true) <= [10, 31].map((p25) => n15))) {
  o17["2"] = (n15 / n15);
  let n26 = (typeof n15).length;
}
return [s7, n15, n16, o17, o18, [].includes(s7)];
