// Kitwork fuzz failure, program seed 723711979
// reason: generator bug: V8 timeout
// V8: timeout: no result after 2000 ms
// VM: limit: array length limit exceeded (16777216 elements)
// replay: node --import tsx test/fuzz/run.ts --replay 723711979

let s1 = ('😀x' + ({})).repeat(1).slice(0, 48);
const f2 = (p3 = 8) => {
  let sa4 = ["0", "a", "zz", "true", "ab"];
  return (typeof false === "boolean");
};
for (let i5 = 15; i5 > 0; i5--) {
  s1 = s1.split("").join(", ");
}
function rec6(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec7(n - 1);
}
function rec7(n) {
  return n > 0 ? rec6(n - 1) : false;
}
const f8 = (p9 = [1, 2], p10) => ((+p9) !== p10.length);
for (const it11 of [4, 65535, (-1 / 0), 0, (0 / 0)]) {
  const n12 = (s1.indexOf("zz") | it11);
  const acc13 = (() => {
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
}
const a14 = [].map((p15) => 0).concat([.5, 1.5, 0, 16, 0.5].map((p16) => p16)).filter((x17) => x17 === x17).sort((x17, y18) => x17 - y18).slice(0, 16);
for (let i19 = 17; i19 > 0; i19--) {
  const a20 = [].map((q21) => q21.length);
}
s1 = "line\nbreak".slice(0, 4).toUpperCase();
function mk22(start, step = 1) {
  let c23 = start;
  return () => {
    c23 += step;
    return c23;
  };
}
const ctr24 = mk22((-0), 4);
return [s1, a14];
