// Kitwork fuzz failure, program seed 1400761597
// reason: different results
// V8: ok [{"k1":9,"len":6,"c":4},NaN,NaN,NaN,true]
// VM: ok [{"k1":9,"len":6,"c":4},1,1,-0,true]
// replay: node --import tsx test/fuzz/run.ts --replay 1400761597

const f1 = (p2, p3 = [1, 2]) => {
  for (let i4 = 0; i4 <= 6; ++i4) {
    for (let it5 of "x,y,z") {
      let x6 = ({ 0: (-8) });
      const s7 = `${[({ ...({ y: (-32), 2: 9 }), ...({ a: (-1000), 2: 2147483647 }) })]} end`.slice(0, 48);
      p3 = [...p3].filter((x8) => x8 === x8).sort((x8, y9) => y9 - x8);
    }
  }
  let sa10 = "\u0041\x42".split("");
  const x11 = [false];
  const n12 = p3.filter(p13 => (x11 === undefined)).length;
  return ({ ...({ ...({}), c: n12 }), a: (p3[0] ?? (0 / 0)) });
};
const f14 = function (p15 = 2, p16, p17) {
  for (let i18 = 0; i18 < 18; i18++) {
    switch ("hello".indexOf('true')) {
      case (-1): {
        const s19 = "a-b-c";
        const b20 = (Math.round(i18) < (p17[p16] ?? 2));
        break;
      }
      case (-0):
        const s21 = "MiXeD".slice(2).toUpperCase().slice(3, 4);
        let n22 = (((-1.5) >>> (10 - 4)) + p16);
        break;
      case 0:
        break;
      default: {
        if (0 < p17.length) p17[0] = p17.indexOf(1e3);
        if (0 < p17.length) p17[0] *= (true ? i18 : p16);
        break;
      }
    }
    let { len: n23 } = ({ c: (-1 / 0), x: (-3.75), a: i18 });
    n23 ??= null;
  }
  if (0 < p17.length) p17[0] += 6;
  for (let i24 = 0; i24 < 8; i24 += 3) {
    p15 <<= ["3.5", 'single', "abc,def"].join().length;
    let caught25 = null;
    try {
      p15 ||= Math.round(p16);
      const o26 = ({ a: (-0), len: (-9007199254740993), k1: (p15 -= (-.5)), x: (0 / 0) });
      if (((7 % p16) >= (p15 + 0.5))) throw new Error("u:" + JSON.stringify(true));
    } catch (e27) {
      caught25 = typeof e27?.message === "string" && e27.message.slice(0, 2) === "u:" ? e27.name + "/" + e27.message : (e27?.name ?? e27);
    }
  }
  return (typeof ["x,y,z", "ÅÉü", "zz", 'null']);
};
const o28 = ({ k1: 9, len: 6, c: 4 });
var n29 = ((['12', "b", "0", "true", "null"] ?? Math.abs(10)) - (~([] ?? 1e21)));
let n30 = Math.min(n29, n29, n29);
const n31 = Math.sign(((~(-.5)) % Math.round(n30)));
return [o28, n29, n30, n31, (3 <= 4294967295)];
