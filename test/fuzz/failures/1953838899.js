// Kitwork fuzz failure, program seed 1953838899
// reason: different results
// V8: ok [[4294967296,-2147483647,NaN,NaN,65535],[6,NaN,-3.75],"x,y,z","s"]
// VM: ok [[4294967296,-2147483647,"0,9,-42,16",NaN,65535],[6,NaN,-3.75],"x,y,z","s"]
// replay: node --import tsx test/fuzz/run.ts --replay 1953838899

const a1 = [4294967296, (Math.floor((-2147483647)) | (0 / 0.5)), (0 / 0), (+[0, 9, (-42), 16]), 65535];
function rec2(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec3(n - 1);
}
function rec3(n) {
  return n > 0 ? rec2(n - 1) : false;
}
const a4 = [(true ? 6 : 7), (0 / 0), (-3.75)];
const s5 = (true ? "x,y,z" : "0");
const f6 = (p7, p8) => a1.map((p9, i10) => p9);
const f11 = (p12, p13 = 2, p14 = "a") => {
  p12 = "MiXeD";
  return ({ ...({}), c: p13 });
};
return [a1, a4, s5, ("s" ?? 9007199254740993)];
