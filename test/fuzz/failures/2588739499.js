// Kitwork fuzz failure, program seed 2588739499
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:single1
// VM: throw <value>: Error: u:single1
// replay: node --import tsx test/fuzz/run.ts --replay 2588739499

var a1 = [4];
for (let i2 = 0; i2 < 12; i2 += 3) {
  const n3 = (-5);
  let n4 = ((({ ...({ 0: 2, 10: 10, z_: 2 }), ...({ "0": (-0), a: 8, k1: 10 }) }) === ({ ...({ k1: 1_000, 10: (-1 / 0) }), b: 6 })) + ((undefined ?? i2) << "abc,def".indexOf("Hi there")));
}
switch ((true + 3)) {
  case 3:
    let sa5 = Object.keys(({ len: (-4), 10: 1, "z_": 2, c: (-1e21) }));
    const f6 = p7 => (true + 4294967296);
    break;
  case "1":
    const n8 = (2 + "hello").length;
    for (const it9 of (typeof n8)) {
      switch ((false ? n8 : 0.2)) {
        case "1":
          break;
        default:
          const n10 = Math.max(...a1);
          var o11 = ({ a: 100, "2": n8, y: n8 });
          break;
        case (0 / 0):
          const a12 = a1.slice().sort();
        case 2:
          const sa15 = it9.split(",").slice().sort((x16, y17) => x16.length - y17.length);
          break;
        case 10:
          break;
      }
      if ((!it9)) {
        let s18 = (true ? "a" : "Hi there").toUpperCase();
      }
    }
  case (-0):
}
const s19 = JSON.stringify(({ k1: 0.5, y: (-0), z_: 9 })).charAt(3).slice(0, 48);
a1 = ((9007199254740993 > 0.5) ? [3, 255].map((p20) => p20) : [(1 / 0), 255, (-123.456), 8, 9]);
const n21 = 6;
if (([(-32), (-42), 0.5, 256, (-255), 9].length != (n21 >>> n21))) throw new Error("u:" + ('single' + s19));
let b22 = ("true".repeat(3) >= s19.charAt(3));
const f23 = function () {
  let n24 = n21;
  n24 **= 2;
  return [].slice(2).concat([5].map(p25 => (1 / 0))).slice(0, 16);
};
b22 = (8 <= Number(s19));
const acc26 = {
  total: 0,
  items: [],
  add(v) {
    this.total += v;
    if (this.items.length < 32) this.items.push(v);
    return this.total;
  },
  get() { return this.total; },
  list() { return this.items.slice(); },
};
return [a1, s19, n21, b22, (0 === null), (s19[1] ?? "1e3")];
