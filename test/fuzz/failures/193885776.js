// Kitwork fuzz failure, program seed 193885776
// reason: different results
// V8: ok [{"2":0,"10":5,"len":31,"x":65535,"a":6,"b":-1000,"y":-0},["null","a b c","single","MiXeD"],true,1.5,"a",18,NaN,72]
// VM: ok [{"2":0,"10":5,"len":31,"x":65535,"a":6,"b":-1000,"y":-0},"65535,4",[65535,4],1.5,"a",18,NaN,72]
// replay: node --import tsx test/fuzz/run.ts --replay 193885776

const o1 = ({ ...({ ...({ len: 31 }), x: 65535 }), ...({ ...({}), ...({ a: 6, 10: 5, "b": (-1_000), y: (-0) }) }) });
for (let i2 = 0; i2 < 5; ++i2) {
  const n3 = Math.max((-0));
  for (let i4 = 2; i4 > 0; i4--) {
    let n5 = [].reduce((acc6, x7) => acc6 * x7, 0);
  }
  o1["2"] ??= Math.sign(i2);
}
const sa8 = ['null', "a b c", 'single', 'MiXeD', ''].filter((p9) => true);
var b10 = (true || (!({ ...({ "2": 10, "x": (-0), k1: 6 }), ...o1 })));
switch ((Number.isInteger(1.5e300) ? 1 : 0)) {
  case (-1):
    for (let [k12, v13] of Object.entries(({}))) {
      let n14 = (~v13);
      b10 = (n14 >= n14);
      b10 ||= (typeof [[(-7)], "😀x", "q\"uote"] === "number");
    }
  case (-0):
    break;
  case 3: {
    let sa16 = Object.keys(o1).map((p17) => ` ${true} ${1}$${[(-4294967296), 2147483647, 10, 0]}`.slice(0, 48)).slice(0, 16);
    sa16 = sa16;
    break;
  }
  case 2:
    o1.x = (true + 0);
}
if (((1 ?? 1e-7) == (b10 + "a-b-c"))) {
  const [n18 = (-5e-324), n19 = (-1.5), n20 = 5] = [(0 / 0)];
  var n21 = (-Math.trunc(0.1));
  for (const it22 of sa8) {
    const s23 = ((n18 > Math.min()) ? (((-0.2) < n19) ? (typeof []) : (sa8[0] ?? 'x,y,z')) : ` ${Object.entries(o1).map((e24) => e24[1])}${[8, ...[2147483648, 0.5, 4294967295, 0o17, (-0), (-0)], ...[]]}x=${o1?.b}`).slice(0, 48);
    var n25 = n20;
    let b26 = (![0, 2].filter((p27) => true).map(p28 => n19));
  }
}
const n29 = 1.5;
function f30(p31 = 4294967296) {
  if ((!"line\nbreak")) return "-7".repeat(0).slice(0, 48);
  if (sa8.length < 8) sa8.push((typeof ["abc,def", "a b c", 'a b c']));
  let x32 = sa8[8];
  let [n33, ] = [2].filter(p34 => b10);
  return ("".at(2) ?? "");
}
const s35 = ("ab".at((-2)) ?? "");
sa8.pop();
b10 = (undefined !== [(-0), 1, 32, (0 / 0), (-0.5), 4]);
for (var i36 = 0; i36 <= 17; ++i36) {
  const n37 = (o1.len ?? 5);
  let sa38 = Object.keys(o1);
}
return [o1, sa8, b10, n29, s35, i36, (+[65535, 4]), (8 * 9)];
