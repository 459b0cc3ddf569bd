// Kitwork fuzz failure, program seed 523572960
// reason: V8 returned, VM threw
// V8: ok [-3,[[],-4294967296,-5,0,-1e-7,NaN,-0,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN],undefined,null,{"0":5,"2":-0,"z_":3,"b":-1},false,false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 523572960

let caught1 = null;
try {
  if (((-1e21) <= 1.5e300)) throw (-3);
  if ((("abc,def" + 'zz') > (true ? "😀x" : '-7'))) throw [9, 2.5, (-2), (1 / 0), 0b101, (-1 / 0)];
} catch (e2) {
  caught1 = typeof e2?.message === "string" && e2.message.slice(0, 2) === "u:" ? e2.name + "/" + e2.message : (e2?.name ?? e2);
  for (const it3 of Object.keys(({ ...({ 2: 4, c: (-3), 0: 4294967295 }), c: 4 }))) {
    let { b: n4 = 2, len: n5 = 3, c: n6 = 7 } = ({ ...({}), c: (-.5) });
  }
}
function f7(p8, p9 = [1, 2], p10) {
  function f11(p12, p13 = 16, p14 = "abc,def") {
    let sa15 = Object.keys(({}));
    for (let i16 = 0; i16 < 2; i16 += 2) {
      if ((0.5 >= i16)) return (i16 + p10).slice(0, 48);
    }
    return `a${sa15}:${p14.toUpperCase()}!`.slice(0, 48);
  }
  if (0 < p9.length) p9[0] *= (p8 *= p8);
  return [].map((x17) => x17 + "");
}
const a18 = [([] ?? 0), (-4294967296), (3 - 8), (1e-7 >> (-65535)), (-1e-7)];
let caught19 = null;
try {
  for (const it20 of [(-3), 8, 2, (1 / 0), (0 / 0)]) {
    if ((Math.trunc(it20) !== (1000 ** 3))) {
      const o21 = ({});
      f7(["0", "abc,def", '-7', ""].length, [...a18, ...a18], `$${true}-${caught1}-${"zz"}\`q`);
      const b22 = (it20 === (it20 | 7));
    } else {
      let o23 = ({ ...({ x: 6, k1: it20 }), y: "a-b-c".charCodeAt(2) });
    }
  }
  if ((("q\"uote" + "") <= 'true'.trim())) throw undefined;
} catch (e24) {
  caught19 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
  const { x: n25 } = ({ ...({ 10: (-256), 0: 9007199254740991, a: .5 }), y: 256 });
}
let caught26 = null;
try {
  const n27 = a18.slice((-3), 1).reduce((acc28, x29) => acc28 + x29, 2);
  f7(n27, [].slice(1), "a b c".padEnd(5));
} catch (e30) {
  caught26 = typeof e30?.message === "string" && e30.message.slice(0, 2) === "u:" ? e30.name + "/" + e30.message : (e30?.name ?? e30);
} finally {
  let w31 = 0;
  while (w31 < 6) {
    w31++;
    if (a18.length < 40) a18.push((+({})), a18.reduce((acc32, x33) => acc32 * x33, 2));
  }
}
const o34 = ({ ...(false ? ({}) : ({ 2: (-0), 0: 5, z_: 3 })), b: [(1 / 0), 3.75].indexOf((0 / 0)) });
return [caught1, a18, caught19, caught26, o34, [].includes((-65535)), (4 >= 20)];
