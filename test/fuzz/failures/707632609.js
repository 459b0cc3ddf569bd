// Kitwork fuzz failure, program seed 707632609
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:l
// VM: throw <value>: Error: u:l
// replay: node --import tsx test/fuzz/run.ts --replay 707632609

let s1 = ("hello"[3] ?? 'single');
for (let i2 = 12; i2 > 0; i2--) {
  if (false) {
    if ((65535 < s1.indexOf(s1))) {
      var s3 = s1.slice(3);
    }
    if (true) {
      const a4 = [...[0b101]].filter((x5) => x5 === x5).sort((x5, y6) => y6 - x5);
    }
    s1 = (s1 + s1).slice(-48);
  } else {
    if ((typeof false === "string")) continue;
  }
  const a7 = ((false && true) ? Array.from({ length: 6 }, (_, i8) => i8 * 2) : [].filter(p9 => false));
}
if ((({}) >= "")) throw new Error("u:" + s1);
const f10 = (p11, p12 = 0) => [42, 6, p12].map(p13 => Math.ceil(p12));
for (var i14 = 0; i14 < 7; i14 += 3) {
  if (("-7" >= '-7')) {
    switch ((false ? i14 : i14)) {
      case 2:
      case 0:
        const x15 = (null && 4294967296);
        break;
      case 1:
      case (-0): {
        const a16 = [];
        const b17 = Number.isInteger((a16[4] ?? (-1e21)));
        break;
      }
    }
    let [s18, s19 = ''] = Object.keys(({ a: 7, y: 4, b: 5 }));
    const sa20 = ["Hi there", "true", "a", "hello"].concat(["1e3"]).slice(0, 16);
  }
}
s1 = "a b c";
const f21 = function () {
  if ([0, 1, (-1 / 0), 0b101, 2147483647].slice((-3), 0).includes((i14 % 8))) {
    const a22 = [(-100), 2.5];
    let { x: n23 = 2, c: n24 = 5, a: n25 } = ({ ...({ "c": 1, 10: 6 }), ...({ "x": (-255), "len": (-0) }) });
  }
  if (("MiXeD" == '  pad  ')) return s1.split(",").join(", ");
  if ((1_000 != i14)) {
    if (false) {
      let { len: n26, c: n27, a: n28, ...o29 } = ({ "10": i14 });
      if (((i14 << (-0)) >= [0, 0.2, (-123.456), (-1.5e300), (-123.456), 10].reduce((acc30, x31) => acc30 * x31, 1))) throw 'null';
    } else {
      const sa32 = ["a", "Hi there", "MiXeD", "a b c"];
    }
  } else {
    var b33 = ("3.5".indexOf(s1.slice()) != [].reduce((acc34, x35) => acc34 * x35, 0));
  }
  const sa36 = Object.keys(({ ...({ ...({ b: 8, 2: 7, k1: 1, "z_": 10 }), a: 4 }), ...({ k1: (-0o17), "10": 0, len: i14 }) }));
  return ('hello'.at((-1)) ?? "");
};
return [s1, i14, s1, Math.max(i14)];
