// Kitwork fuzz failure, program seed 2687169836
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:l
// VM: throw <value>: Error: u:l
// replay: node --import tsx test/fuzz/run.ts --replay 2687169836

let a1 = [1e21, (-123.456), (-0)].filter((p2) => false).filter((p3) => [(1 / 0), 32, (0 / 0), .5, 7].includes(0.1));
function rec4(n) {
  if (!(n > 1)) return 1;
  if (n > 12) n = 12;
  return n * rec4(n - 1);
}
if ((undefined == undefined)) throw new Error("u:" + ("null"[3] ?? "MiXeD"));
rec4((false ? 5 : 10));
function mk5(start, step = 1) {
  let c6 = start;
  return () => {
    c6 += step;
    return c6;
  };
}
const ctr7 = mk5(20);
const ctr8 = mk5(4, 2.5);
ctr8();
if (a1.length < 64) a1.push(Math.trunc(4));
if (0 < a1.length) a1[0] += ctr8();
const s9 = ("12" + JSON.stringify(({ z_: 0b101, 10: (-1000), k1: (-16), 2: 42 }))).slice(0, 48);
if ((typeof 5 === "string")) {
  for (const it10 of s9.trim()) {
    if (0 < a1.length) a1[0] = (-255);
  }
  if (([(-9007199254740993), 1.5, 10].includes(4) || ((-2.5) > 8))) {
    if (([] !== s9)) {
      const o11 = ({ ...({ "z_": 1, "k1": Math.sign((-10)) }), ...((1 <= 9) ? ({ ...({ b: (-1.5) }), len: (-0o17) }) : ({ ...({ "y": 9, 10: 4 }), ...({ z_: 2.5, len: 0, y: 20, k1: (-123.456) }) })) });
    }
    if ((1e3 !== 0xff)) {
      const b12 = (s9.slice(3) <= "null".toUpperCase());
      if (a1.length < 20) a1.push("  pad  ".indexOf(""));
    } else {
      let n13 = (4 ** 3);
    }
  } else {
    let o14 = ({ x: (1 / 0), "b": 20, 2: (-1.5), "0": (-9007199254740993) });
  }
  a1 = [(42 + 0xff), 0, (8 << 2), 1000];
} else if (((null !== undefined) || true)) {
  if (a1.length < 40) a1.push(((-0xff) * 0b101));
} else {
  var a15 = [];
  var sa16 = ["b", "zz", 'MiXeD'];
}
let w17 = 0;
while (w17 < 12) {
  w17++;
  ctr7();
}
let b18 = false;
a1 = [Math.max(w17, w17, 1_000), Math.max(0, w17, w17), (0 / 0)];
return [a1, s9, w17, b18, (true ? s9 : "ab"), (w17 / w17)];
