// Kitwork fuzz failure, program seed 988796113
// reason: different results
// V8: ok ["7 7",null,["7 7"],1,1,[],[1,-255,-1000,1e-7,4,-Infinity,-960],null,["0","2","10","x","z_","c","k1","y"],-4294967296]
// VM: ok ["7 7",null,["7 7"],-960,1,[],[1,-255,-1000,1e-7,4,-Infinity],"TypeError",["0","2","10","x","z_","c","k1","y"],-4294967296]
// replay: node --import tsx test/fuzz/run.ts --replay 988796113

const s1 = [0, 0xff].map(p2 => 7).join(" ").slice(0, 48);
let caught3 = null;
try {
  for (let i4 = 0; i4 < 11; i4++) {
    const a5 = (false ? [4] : [1e21, 1, 5e-324, 10]).concat([123.456, 2147483648, 6, 0.5, 3]).slice(0, 16);
  }
} catch (e6) {
  caught3 = typeof e6?.message === "string" && e6.message.slice(0, 2) === "u:" ? e6.name + "/" + e6.message : (e6?.name ?? e6);
}
const sa7 = s1.split("|").map(p8 => (false ? "back\\slash" : s1));
const f9 = (p10) => {
  const [, , s11 = "MiXeD", ...sa12] = sa7.filter((p13) => true);
  return (-2147483647);
};
let x14 = (caught3 ?? true);
function f15() {
  const [n16] = [].map((p17) => p17);
  const n18 = (false ? [10, 5, 8, 2, 10, 4] : [10, 0]).concat((0xff | 8)).indexOf((([] * [2, 8, 1e21, 123.456, 1000, 4294967295]) ?? Number("0")));
  return ({ ...({ "len": (-42), 0: (-42), 10: n18 }), ...({ ...({ "y": (-16), b: 6 }), y: n18 }) });
}
switch (6) {
  default: {
    break;
  }
  case (0 / 0):
    break;
}
var n19 = (3 ** 0);
const n20 = Math.abs((("x,y,z" <= "0") + Math.min(n19)));
const sa21 = Object.keys(({}));
var a22 = [...[n19, (-0xff), (-1_000)]].filter((x23) => x23 === x23).sort((x23, y24) => y24 - x23).concat([1e-7, 4, Math.max(), (-256), 100]).slice(0, 16);
for (const it25 of sa7) {
  const sa26 = ["1e3", "ÅÉü", "b"];
  a22.pop();
  if (a22.length - 1 < a22.length) a22[a22.length - 1] *= 3.75;
}
let caught27 = null;
try {
  const o28 = f15();
  delete o28.c;
  if ([9007199254740993, 3, 16, (-1)].includes(n19)) throw new Error("u:" + (n20).toFixed(3));
} catch (e29) {
  caught27 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
  n19 = a22.pop() ?? 10;
}
let sa30 = Object.keys(({ ...({ ...({ x: 0xff, 0: 0 }), ...({ "2": 9, 0: 7 }) }), ...({ ...({ "z_": 0.5, c: 2, k1: 7, y: (-20) }), ...({ "k1": (-16), 10: 10, 2: 256 }) }) }));
switch (Math.round(n19)) {
  case (0 / 0):
    const b31 = (!a22);
    const o32 = f15?.();
    break;
  case 3:
    break;
  default:
    break;
  case 2:
}
return [s1, caught3, sa7, n19, n20, sa21, a22, caught27, sa30, (true ? (-4294967296) : n19)];
