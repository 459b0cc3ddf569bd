// Kitwork fuzz failure, program seed 2884317770
// reason: different results
// V8: ok [[7,9007199254740992,NaN,1],1,0,{"len":0},{"len":-1.5,"b":0,"n2":5},NaN]
// VM: ok [[7,9007199254740992,NaN,1],1,"7,9007199254740992,NaN,1",[7,9007199254740992,NaN,1],{"len":-1.5,"b":0,"n2":5},NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 2884317770

for (const it1 of Object.keys(({ ...({ "x": (-0) }), x: 2 }))) {
  var x2 = null;
  if ((typeof x2 === "string")) {
    const a3 = [...[65535, 10]].filter((x4) => x4 === x4).sort((x4, y5) => y5 - x4);
    if ((false || false)) {
      var a6 = [(~(false + (-0b101))), 0, (-20), 20, (-1000)];
    }
  }
}
var a7 = [...[], ...[4, ...[9007199254740991, 4, 1, (-0.2), 16], ...[2.5, (-31), 2, 4]]].slice(0, 16);
for (let i8 = 0; i8 < 17; i8 += 2) {
  let n9 = (Math.abs(0) + (0 ** 0));
}
a7 = [7, 9007199254740993];
let n10 = (true ? 0 : .5);
if (a7.length < 20) a7.push((1 % n10), (++n10));
let n11 = (n10 % n10);
if (false) {
  if (a7.length < 40) a7.push((false + 1));
  const n12 = Math.max(n10);
} else {
  var b13 = ["1e3"].includes("  pad  ");
  const acc14 = (() => {
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
const o15 = ({ ...({}), len: n11 });
let o16 = ({ len: (-1.5), "b": n11, ["n" + 2]: 5 });
if (["x,y,z", "a b c", 'ÅÉü'].map(p17 => p17).includes('Hi there'.toUpperCase())) {
  const sa18 = "tab\tend".split(",").map((p19) => (true ? p19 : p19));
  a7 ||= Array.from({ length: 1 }, (_, i20) => i20 * (-1.5));
  --n11;
}
for (const it21 of Object.keys(({ ...o16, c: 8 }))) {
  let caught22 = null;
  try {
    n11 %= (n10 >> n11);
    let sa23 = ["-7", "Hi there", 'null'];
    delete o16.x;
  } catch (e24) {
    caught22 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
  } finally {
    n10 = n10;
  }
}
return [a7, n10, n11, o15, o16, (+a7)];
