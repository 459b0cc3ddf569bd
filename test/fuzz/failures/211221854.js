// Kitwork fuzz failure, program seed 211221854
// reason: different results
// V8: ok ["zz",["ÅÉü"],{"b":0.1},[-4,0,10,{"b":0.1},{"b":0.1}],NaN,false]
// VM: ok ["zz",["ÅÉü"],{"b":0.1},[0,10,{"b":0.1},-4,{"b":0.1}],NaN,false]
// replay: node --import tsx test/fuzz/run.ts --replay 211221854

if (((false || true) && (false || false))) {
  var x1 = (({ p: true, q: { r: "x,y,z" } }) || Array.isArray(1));
} else {
  let o2 = ({ "c": 0, k1: 5, "10": 4, b: 20, ["n" + 2]: 3 });
}
const f3 = (p4 = "12", p5, p6 = 'x,y,z') => {
  let a7 = [(-1 / 0), ...[1, 9007199254740993, (-1 / 0), 2, 256, (-1e3)], ...[2, 1e3, 7, (-7), 2]].concat([2]).filter(p8 => (JSON.stringify(false) != p5)).slice(0, 16);
  const n9 = (["-7"].length + (10 % (-1e21)));
  return ({});
};
const s10 = "zz".padEnd(2);
let sa11 = ["ÅÉü"].slice().sort((x12, y13) => x12.length - y13.length);
const n14 = ((false || ({ b: 0.1 })) ?? ((-2147483647) + 8));
if ((!({ len: 8, "a": 1e-7, k1: (-16) }))) throw undefined;
let a15 = [10, ...[].map(p16 => 3), ...[0, n14, (-4), (0 / 0), n14]].filter((x17) => x17 === x17).sort((x17, y18) => x17 - y18).slice(0, 16);
sa11 = sa11;
for (let i19 = 0; i19 <= 6; ++i19) {
  const n20 = (n14 / i19);
}
f3("ab".slice(), s10, JSON.stringify([undefined]));
const n21 = (([({ b: 0, y: 255, x: (-0) })] === null) + (-Math.floor(n14)));
return [s10, sa11, n14, a15, n21, (null !== null)];
