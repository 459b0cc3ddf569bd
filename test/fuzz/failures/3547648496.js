// Kitwork fuzz failure, program seed 3547648496
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:32
// VM: throw <value>: Error: u:32
// replay: node --import tsx test/fuzz/run.ts --replay 3547648496

const o1 = ({ "len": (-1e21), y: (-0) });
const o2 = ({ 0: `x=${(1 / 0)}:${"ÅÉü"} end`.length });
if ((10 != (0 / 0))) throw new Error("u:" + [32].join(""));
const n3 = [1e3].concat([1000, (-0.2), 3.75, 1.5e300, (-1e21), 0.2]).reduce((acc4, x5) => acc4 * x5, 0);
const o6 = ({ "2": 6, a: (-100), ...o1 });
let a7 = [(-0xff), 0, 1.5e300, 4].map(p8 => p8).filter(p9 => (p9 != 6));
const sa10 = Object.keys(o2);
let a11 = ((`x=${sa10}a${true}$${sa10}!` !== '0'.slice()) ? (("a b c" == '3.5') ? a7.filter((p12) => true) : a7) : a7).slice(0, 16);
for (const it13 of Object.keys(({ k1: n3, "len": 9, 0: 5 }))) {
  if (a11.length < 20) a11.push((0 + n3));
  var o14 = ({});
}
return [o1, o2, n3, o6, a7, sa10, a11];
