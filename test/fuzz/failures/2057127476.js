// Kitwork fuzz failure, program seed 2057127476
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:MiXeD
// VM: throw <value>: Error: u:MiXeD
// replay: node --import tsx test/fuzz/run.ts --replay 2057127476

const x1 = ["12", ""];
let b2 = (!(false && false));
const [s3 = "MiXeD", s4 = "a-b-c", s5 = 'true'] = [].map(p6 => "hello");
for (let i7 = 0; i7 < 15; i7 += 1) {
  b2 ??= ([(1 / 0), 1, (-65535)].reduce((acc8, x9) => acc8 * x9, 2) > Math.min(i7, i7));
  b2 &&= (({}) === undefined);
  let s10 = 'hello'.repeat(2).padStart(8, "ab").slice(0, 48);
}
const sa11 = ["x,y,z", "-7", "q\"uote"].slice().sort();
const x14 = (({ p: "true".toUpperCase(), q: { r: Array.from({ length: 5 }, (_, i15) => i15 * 6) } }) ?? sa11);
let s16 = s4;
b2 ??= b2;
const o17 = ({ ...({ y: (-9007199254740993), b: 2 }), y: 7 });
let s18 = (JSON.stringify(b2) + "-7").slice(0, 48);
sa11.pop();
if (true) throw new Error("u:" + s3);
for (const it19 of s18) {
  sa11.pop();
}
return [x1, b2, s3, s5, x14, s16, o17, s18, true];
