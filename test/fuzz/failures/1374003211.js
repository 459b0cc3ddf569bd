// Kitwork fuzz failure, program seed 1374003211
// reason: V8 returned, VM threw
// V8: ok ["MiXeD",undefined,15,true,undefined,undefined,3,{"y":3,"i47":15},"ab5",true]
// VM: throw TypeError: TypeError: f1 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 1374003211

const f1 = function (p2, p3) {
  let sa4 = [].slice((-2));
  p2 = "Hi there".length;
  return sa4.map((q5) => q5.length).length;
};
let n6 = (+((false ? 3 : 0b101) > Math.floor((-1e-7))));
for (const it7 of [(-10), n6, 2147483647, 1e21, 3, (-16)]) {
  const x8 = `${([4294967295, 0.1, 1.5e300, 5, 0.2].filter(p9 => true).slice((-3), 2) + ({}))}`.slice(0, 48);
  const f10 = (p11) => {
    const f12 = (p13, p14) => {
      if ([...p11].filter((x15) => x15 === x15).sort((x15, y16) => y16 - x15).includes(p14.indexOf("\u0041\x42"))) {
        var o17 = ({});
      } else {
        for (const it18 of p14.padEnd(7, "0")) {
          const a19 = [(-5e-324)].concat(n6).filter((x20) => x20 === x20).sort((x20, y21) => x20 - y21).slice().sort().slice(0, 16);
          const o24 = ({});
          var o25 = o24;
        }
        p11 ??= [0b101, 2147483647].map((p26, i27) => i27);
      }
      for (var i28 = 0; i28 <= 8; i28++) {
        for (let it29 of p11) {
          const [n30 = (-1.5e300), n31 = 10] = p11;
          p13 <<= p11.slice(2).reduce((acc32, x33) => acc32 + x33, 1);
        }
        const a34 = p11.slice(0).map((p35) => ((-0) | it7));
      }
      let b36 = (p14 < "a b c");
      return "MiXeD";
    };
    for (let i37 = 0; i37 < 8; i37 += 3) {
      let [s38] = ['0', "ÅÉü", "b", "ab"].map(p39 => p39);
      if (1 < p11.length) p11[1] = (Number.isInteger(n6) ? 1 : 0);
    }
    return x8;
  };
}
let [s40 = 'ab', s41 = "zz", s42] = ["3.5", "MiXeD"].filter((p43) => true);
switch ([(-123.456), 10, 7].reduce((acc44, x45) => acc44 + x45, 2)) {
  case 10:
    break;
  case 0:
    var a46 = [...(false ? [7, 7, 9007199254740991] : []), ...(true ? [7, (-42), 6] : [2])].slice(2).slice(0, 16);
}
for (var i47 = 0; i47 < 13; i47 += 3) {
  const s48 = s40.repeat(3).slice(0, 3).slice(0, 48);
  f1(((-65535) >> n6), n6);
  const f49 = () => (n6++);
}
var s50 = ([9, 3, 4, (0 / 0), 10].indexOf(4294967295) + (s40 + "back\\slash")).slice(0, 48);
++n6;
const b51 = (((({ x: (0 / 0), a: (-0) }) <= s42) ? s50.length : "".indexOf("line\nbreak")) !== f1?.((+[8, 32]), (i47 + n6)));
let { c: n52, b: n53, a: n54 = 3, ...o55 } = ({ y: 3, i47 });
s50 = ('ab' + 'a b c'.length).slice(0, 48);
return [s41, s42, i47, b51, n52, n53, n54, o55, s50, Number.isInteger(i47)];
