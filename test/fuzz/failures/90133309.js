// Kitwork fuzz failure, program seed 90133309
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:0.2ab
// VM: throw <value>: Error: u:0.2ab
// replay: node --import tsx test/fuzz/run.ts --replay 90133309

if ([(-1.5), 0o17, (-1 / 0), 3, (-9007199254740991), 4].map((p1) => p1).includes((true ? 7 : 0))) {
  switch ((typeof [(-1.5e300), 0, 1.5, 9])) {
    case "a":
      const s2 = "back\\slash".slice(2, 2);
      const x3 = null;
      break;
  }
} else if ((!({ ...({}), len: 3.75 }))) {
  const { a: n4 = (-0) } = ({ 0: (-1.5e300), c: (-0.5) });
}
if ((false === false)) throw new Error("u:" + (0.2 + "ab"));
let n5 = "MiXeD".indexOf("");
if ((!n5)) {
  var b6 = (4294967295 !== ((+"") >> (true ? (-2.5) : 9)));
}
function mk7(start, step = 1) {
  let c8 = start;
  return () => {
    c8 += step;
    return c8;
  };
}
const ctr9 = mk7(4294967295);
const ctr10 = mk7(4, (-9007199254740993));
if ((n5 != n5)) {
  let n11 = "x,y,z".length;
}
if ([3, 2, n5, 2, (-4), 2147483648].includes((false ? n5 : n5))) {
  const acc12 = (() => {
    let total = 0;
    const items = [];
    return {
      add: (v) => {
        total += v;
        if (items.length < 32) items.push(v);
        return total;
      },
      get: () => total,
      list: () => items.slice(),
    };
  })();
  for (let i13 = 12; i13 > 0; i13--) {
    let a14 = [(-10), 5e-324, (-1.5), (-31), 9, 3].map(p15 => 3);
  }
  if ((false || (undefined === null))) {
    let a16 = (false ? [(-8), (-0)].filter(p17 => false).map(p18 => p18) : acc12.list());
    let n19 = ctr10();
  }
}
let b20 = (('abc,def'.padStart(4) > ['-7', "ÅÉü", "a b c", "b", "12"].join(",")) || [2.5, 0.5].map((p21) => 10).includes("true".charCodeAt(0)));
n5 |= Math.min((n5 *= n5), 2, "12".indexOf("a"));
let a22 = Object.keys(({ 0: 9, b: 1.5e300, y: 4, 2: (-0) })).map((q23) => q23.length).map((p24) => (--n5));
a22 = a22.filter((x25) => x25 === x25).sort((x25, y26) => x25 - y26).map((p27) => (n5 *= p27));
n5 >>>= (0 / 0);
return [n5, b20, a22];
