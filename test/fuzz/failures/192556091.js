// Kitwork fuzz failure, program seed 192556091
// reason: different results
// V8: ok [-5,{"z_":6,"k1":NaN},{"b":3,"z_":6},[0.1,36,36,36,36,36,36,9],12,8,-6,1]
// VM: ok [-5,{"z_":6},{"b":3,"z_":6},[0.1,36,36,36,36,36,36,9],12,8,-6,1]
// replay: node --import tsx test/fuzz/run.ts --replay 192556091

var n1 = 6;
let o2 = ({ "z_": n1 });
const f3 = (p4, p5, p6 = [1, 2]) => 'zz';
let o7 = ({ b: 3, ...o2 });
const a8 = [(-9007199254740991), (-1e-7), (0 / 0), 0.1, (-1 / 0), 1000].slice((-3), 4);
for (var i9 = 0; i9 < 11; i9 += 2) {
  const f10 = function (p11) {
    o2.a = (1 ** 2);
    n1++;
    n1 |= a8.length;
    return a8;
  };
  if (a8.length < 8) a8.push((n1 ** 2));
}
let n13 = i9;
const adder14 = (k) => (v) => v * k;
const add15 = adder14(9);
n13 ||= (false ? 9 : n13);
var n16 = (n1 -= i9);
let n17 = Object.keys(o2).length;
for (const [k19, v20] of Object.entries(o2)) {
  n1++;
  for (const [k22, v23] of Object.entries(({ x: (-4) }))) {
    let w24 = 0;
    do {
      w24++;
      n13 &= n1;
      if (a8.length < 64) a8.push(Math.trunc(9));
      o2 ||= o2;
    } while (w24 < 1);
  }
  let caught25 = null;
  try {
    if (false) {
      let b26 = (o2 <= n13);
    } else if ([(-5e-324)].includes(i9)) {
      let o27 = ({ 10: (-1 / 0), y: 0 });
    } else {
      if ((Number(k19) >= (n17 + i9))) throw "a b c";
    }
    for (const it28 of ['x,y,z', 'abc,def', 'a', "null"]) {
      o2.k1 = (+a8);
      n16 |= n13;
    }
    switch ((6 << v20)) {
      default:
        o7 ??= ({ "2": 1000, b: 2147483647, 0: n1, 10: 4, ...o2 });
        f3(k19.length, 100, Object.entries(o7).map((e29) => e29[1]));
        break;
      case 3:
        let a30 = [n16, 10, 32, n16, .5, 8];
        if (2 < a30.length) a30[2] *= a30.indexOf(n1);
        break;
      case (0 / 0):
        break;
      case 1:
      case 10:
    }
    if (true) throw add15(5);
  } catch (e31) {
    caught25 = "outer";
  } finally {
  }
}
return [n1, o2, o7, a8, i9, n13, n16, n17];
