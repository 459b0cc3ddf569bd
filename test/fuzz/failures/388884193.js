// Kitwork fuzz failure, program seed 388884193
// reason: V8 returned, VM threw
// V8: ok [108,[5,9,5,-0,1,3,5,7,1,2190433320450,1,2190433320450,1,2190433320450,1,2190433320450,1,2190433320450,1,2190433320450,1,2190433320450,1,2190433320450,1,2190433320450,1,2190433320450,1,2190433320450,1,2190433320450,1,2190433320450,1,2190433320450,1,2190433320450,1,2190433320450],"x,y,z1e3"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 388884193

const n1 = ([...[1.5, 2, 9, 3, 0]].filter((x2) => x2 === x2).sort((x2, y3) => y3 - x2).includes((+[])) + (true ? "back\\slash" : 'single').charCodeAt(3));
if ((Object.keys(({ c: 0b101 })) >= ({ z_: 9, 10: n1, k1: 4, "c": n1, n1 }))) {
  let a4 = [0, 2].slice().sort();
}
if (((0 ?? n1) < [(-1 / 0), 123.456, 32].length)) {
  let [n7 = 7, ...a8] = [...[(-8), 31], ...[9007199254740991, 16, 9007199254740993, 5]];
  for (const it9 of `-${['1e3']} end`) {
    if ((true && true)) break;
    if (Number.isInteger(255)) continue;
  }
  let w10 = 0;
  while (w10 < 11) {
    w10++;
    if (((1 ?? n1) > ((-0) % (-1e21)))) {
      const x12 = ({ ...({ 10: 0 }), ...({ "a": (0 / 0), b: 100, k1: (-9007199254740991), "len": (-9007199254740991) }) });
    } else {
      n7 >>>= (n7 + 5);
      const a13 = a8;
    }
    let sa14 = Object.keys(({ ...({}), b: (0 / 0) }));
    var s15 = ('hello'.padStart(8) + (a8.includes(6) ? `a${"a b c"}x=${a8}!` : (false ? "3.5" : "x,y,z"))).slice(0, 48);
  }
} else if (("1e3" !== 'single')) {
  const a16 = (true ? [(-1e-7), 4, 3, (-31)] : [10]);
  a16.pop();
}
var a17 = [5, 9, 5, (-0), 1, 3].map((p18) => p18).concat([7, 5].filter((x19) => x19 === x19).sort((x19, y20) => x19 - y20)).slice(0, 16);
const a21 = [0b101, ...a17, ...[(-4294967295)]].slice((-1)).slice(0, 16);
if (a21.length < 64) a21.push((a21[1] ?? (-0xff)), ['b', "MiXeD"].length);
if ((!true)) {
  for (const it22 of '0'.slice(1, 8)) {
    if (2 < a17.length) a17[2] += (1 / 0);
    const s26 = JSON.stringify([0]).slice(0, 48);
    a17 = a21.concat(n1).slice(0, 16);
  }
  let o27 = ({ ...({ z_: 3, 10: (-0) }), k1: (-2147483648) });
  let w28 = 0;
  do {
    w28++;
    const [n29 = 7, n30 = (0 / 0), n31 = 8] = [...a17, ...[(-1 / 0), 2, 42, 9, 2147483648, (-32)]];
    const x33 = null;
    const x34 = (x33?.length ?? a21);
  } while (w28 < 14);
} else {
  const n35 = (n1 % 2);
}
let w36 = 0;
while (w36 < 16) {
  w36 += 1;
  if (a17.length < 40) a17.push('a'.length, a21.reduce((acc37, x38) => acc37 * x38, 1));
  let n39 = (a17.reduce((acc40, x41) => acc40 + x41, 0) / ((n1 > n1) + Math.round(n1)));
  let b42 = ('x,y,z' == []);
}
var s43 = ("x,y,z" + "1e3").slice(0, 48);
return [n1, a17, s43];
