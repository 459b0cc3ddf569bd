// Kitwork fuzz failure, program seed 1759539302
// reason: different results
// V8: ok [[0,12,16,20,4,8],13,"b","TypeError/u:bad",null,NaN]
// VM: ok [[0,12,16,20,4,8],"0,12,16,20,4,8",[0,12,16,20,4,8],"TypeError/u:bad",null,NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 1759539302

const memo1 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})(8);
for (const it2 of [42, (-32), 1, 0o17, 9, 1.5]) {
  memo1(Math.abs((-1 / 0)));
}
let a3 = [...Array.from({ length: 6 }, (_, i4) => i4 * 4)].filter((x5) => x5 === x5).sort((x5, y6) => y6 - x5).slice().sort();
for (var i9 = 0; i9 < 13; i9 += 1) {
  const { x: n10 = (-4294967295) } = ({ ...({ k1: (-1), a: 9 }), b: i9 });
  const n11 = Math.sign(i9);
  a3 = a3;
}
const f12 = (p13 = "12", p14) => ('b'.toUpperCase() < "zz".padEnd(8, "0"));
const s15 = 'b';
let caught16 = null;
try {
  const s17 = (s15.at((-2)) ?? "");
  const x18 = undefined;
  const f19 = (p20, p21) => s17.split(", ");
  if (Number.isInteger(1e21)) throw new TypeError("u:bad");
} catch (e22) {
  caught16 = typeof e22?.message === "string" && e22.message.slice(0, 2) === "u:" ? e22.name + "/" + e22.message : (e22?.name ?? e22);
}
for (const it23 of Object.keys((true ? ({}) : ({ x: 1, b: 1, 0: 8, y: .5 })))) {
  const a24 = [(6 / i9), 4294967296, memo1(i9), (-1e21), (i9 - 0xff)];
  const n25 = i9;
}
function mk26(start, step = 1) {
  let c27 = start;
  return () => {
    c27 += step;
    return c27;
  };
}
const ctr28 = mk26((-0));
const ctr29 = mk26(2);
function mk30(start, step = 1) {
  let c31 = start;
  return () => {
    c31 += step;
    return c31;
  };
}
const ctr32 = mk30(1);
const ctr33 = mk30(9);
let caught34 = null;
try {
  let s35 = ((memo1(i9) < (6 * (-4294967295))) ? (("-7" + "1e3") + "hello".split(" ").join(", ")) : Object.keys(({})).join()).slice(0, 48);
  s35 = (true ? s15 : s15).slice(3, 0);
} catch (e36) {
  caught34 = typeof e36?.message === "string" && e36.message.slice(0, 2) === "u:" ? e36.name + "/" + e36.message : (e36?.name ?? e36);
}
return [a3, i9, s15, caught16, caught34, (+a3)];
