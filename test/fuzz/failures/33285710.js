// Kitwork fuzz failure, program seed 33285710
// reason: different results
// V8: ok [17,[1e-7,1e-7,1e-7,1e-7,1e-7,1e-7],[],-4,17,NaN]
// VM: ok [17,"3,1,0.2,7,9007199254740991",[3,1,0.2,7,9007199254740991],-4,17,NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 33285710

let w1 = 0;
while (w1 < 17) {
  w1++;
  for (let i2 = 0; i2 < 16; i2 += 2) {
    let n3 = Object.keys(({ "2": 7 })).filter(p4 => (({}) <= i2)).length;
    var n5 = ([1, 10, (1 / 0), 2].filter((p6) => true) ?? (Math.min() * n3));
    const a7 = [...((true != [9007199254740993, 123.456, (-0), (-0.1), 0.1]) ? [1.5e300, (-255), (-4294967296), 4, 5e-324, 10].filter(p8 => false) : [(-1e21), n3]), ...[i2, (5 / i2), i2, (-5e-324), 1e-7, 4]].slice(0, 16);
  }
}
var a9 = [8, 1e-7, 0xff, 0, 10, (0 / 0)].map((p10, i11) => p10).map(p12 => 1e-7);
const a13 = [9007199254740993, (-9007199254740991)].filter((p14) => false);
let n15 = (-4);
for (let i16 = 0; i16 <= 14; ++i16) {
  const acc17 = (() => {
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
  const [n18, n19 = (-20), n20 = 2147483648] = [0o17].map((p21) => i16);
}
for (let it22 of ("  pad  " + "3.5")) {
  if (((-0) == w1)) {
    if (false) {
      var o23 = ({ x: (-2.5) });
      let o24 = o23;
      o23 = ({ 2: (-1_000) });
    } else {
      let o25 = ({});
    }
    for (var i26 = 0; i26 < 8; i26 += 3) {
      a9 ||= a13;
      if ((9 == ["MiXeD"].length)) break;
    }
  } else {
    const o27 = ({ ...({ c: (n15 | w1), y: 0, 2: ((-0o17) % 9), z_: 1.5e300, ["n" + 2]: 42 }), ...({ 2: (1 / 0), a: Math.max(...a13), z_: 4 }) });
  }
  if ((it22.at((-3)) ?? "").startsWith((false ? "line\nbreak" : "a"))) break;
  let o28 = ({ "a": 9007199254740993, b: (-31), z_: 2, 0: (-123.456) });
}
for (let i29 = 0; i29 <= 1; i29 += 1) {
  if (([(-0.5), 1e3, (-256)].length === (4 / 5))) {
    if (("tab\tend".slice(4) < ("x,y,z" + "zz"))) {
      let [s30 = "line\nbreak", s31 = "zz", ] = [];
      const { x: n32, c: n33, ...o34 } = ({});
    } else if ((i29 !== i29)) {
      let { c: n35, a: n36, len: n37 = 9 } = ({ c: (-20), b: 1e-7, x: w1, z_: 1_000 });
    }
  }
}
return [w1, a9, a13, n15, (w1 | w1), (+[3, 1, 0.2, 7, 9007199254740991])];
