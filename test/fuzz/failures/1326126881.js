// Kitwork fuzz failure, program seed 1326126881
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:1.0000
// VM: throw <value>: Error: u:1.0000
// replay: node --import tsx test/fuzz/run.ts --replay 1326126881

const f1 = (p2) => {
  const f3 = p4 => (false ? ({ b: 0, "0": 2147483647 }) : ({ "k1": 4, 10: (-100), b: (-1000) }));
  const f5 = function (p6 = [1, 2], p7 = "null") {
    p6 = p6;
    return ("ÅÉü".split(" ").join(", ") !== "1e3".toUpperCase());
  };
  let o8 = ({ "k1": (-1 / 0), x: 5, "c": (-255), y: 0.2 });
  const a9 = ((p2 != ({ b: (-7), x: 4, 10: 3.75, a: 6 })) ? [3, (-1e21), 2] : ['hello', "a", "  pad  ", "0"].map((q10) => q10.length));
  return ((p2 < 31) ? ["MiXeD", 'a', 'a-b-c', 'x,y,z'].slice().sort() : undefined);
};
const s13 = (1).toFixed(4).padEnd(8, "");
const memo14 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})((100 % 7));
if ((null !== undefined)) throw new Error("u:" + s13);
if ((s13 < s13)) {
  const { len: n15 = 1, a: n16 = 10, x: n17 = (-42) } = ({});
} else {
  if ((false && true)) {
    const o18 = ({ x: 10, "a": (-1), "2": (((-1.5) ^ 3.75) / (-3)), k1: s13.slice(3).indexOf(JSON.stringify(["1e3", "3.5"])) });
    let o19 = o18;
  } else if ((9 !== 0.2)) {
    const o20 = ({ x: memo14((9007199254740993 + 8)), a: 3, 10: (-3.75), c: (-0) });
    const s21 = s13;
  } else {
    const s22 = JSON.stringify(({ c: 4294967295 })).slice(0, 48);
  }
}
function rec23(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec23(n - 1) + rec23(n - 2);
}
const sa24 = Object.keys(({ x: 3, z_: 5, 2: (-256), 10: (-1000) }));
const adder25 = (k) => (v) => v * k;
const add26 = adder25(memo14?.((0 / 0)));
if ((1_000 < 1e-7)) {
  let [n27 = 6, n28, n29] = [].map((p30, i31) => i31);
  let sa32 = s13.split(" ").map(p33 => 'b');
  let o34 = ({});
} else {
  const f35 = (p36 = "true", p37, p38) => {
    const [n39] = p38.filter((x40) => x40 === x40).sort((x40, y41) => x40 - y41);
    p36 = (p36 + "b".toUpperCase()).slice(-48);
    return JSON.stringify(({ "a": (-1e21), 0: 6, 2: 0, len: 3.75 })).slice(0, 48);
  };
}
sa24.pop();
return [s13, sa24, "a", "ÅÉü"];
