// Kitwork fuzz failure, program seed 797910935
// reason: V8 returned, VM threw
// V8: ok [2,Infinity,"5,0!-9,2,1.5,0!-9,2,1.5,0!-9,2,1.5,0!-9,2,1.5,0!","","5,0!-9,2,1.5,0!-9,2,1.5,0!-9,2,1.5,0!-9,2,1.5,0!"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 797910935

const adder1 = (k) => (v) => v * k;
const add2 = adder1(Math.min((-0), (-32)));
const n3 = (false ? [123.456] : [20, 10, (-0), 9, 1000]).filter(p6 => [(-9007199254740993), 0o17].includes(p6)).reduce((acc4, x5) => acc4 * x5, 2);
for (let i7 = 0; i7 < 17; i7++) {
  add2((4 + 2));
}
const f8 = (p9, p10, p11 = "\u0041\x42") => ((~p9) ^ p9);
let n12 = ([(0 / 0)].includes(n3) ? Math.min((-0)) : '-7'.indexOf("MiXeD"));
var s13 = `${[...[0], ...[3]].concat((+({})))}$${"ÅÉü"}-${("q\"uote".indexOf('b') != "12".length)}`.slice(0, 48);
if (false) {
  for (let i14 = 16; i14 > 0; i14--) {
    s13 ||= "a b c".padEnd(0, "0");
    let a15 = [...Array.from({ length: 1 }, (_, i16) => i16 * 2)].filter((x17) => x17 === x17).sort((x17, y18) => y18 - x17);
    let w19 = 0;
    while (w19 < 7) {
      w19 += 1;
      s13 = (s13 + ("null".toUpperCase() + (i14 + s13))).slice(0, 48);
      if (a15.length < 64) a15.push((6 ^ n12), i14);
      let a20 = a15.filter(p21 => true);
    }
  }
  n12 = ([5, (0 / 0), 8].length % n3);
  const f22 = () => [1, (1 / 0), (-16), 8].length;
}
for (const [k24, v25] of Object.entries(({ ...({ x: 9, z_: 0, "10": 6, "a": 6 }), ...({ "k1": (-4294967296) }) }))) {
  const o26 = ({ y: 0.1 });
  for (const it27 of [v25, (-100), 9, v25, 1]) {
    for (var i29 = 0; i29 < 5; i29 += 2) {
      o26["0"] = (n3 ** 0.5);
      let a30 = [...[2147483648], ...[(0 / 0), 6]].slice(0, 16);
      const { x: n31, b: n32 } = ({ ...o26, ...({ y: 31 }) });
    }
    let n33 = ((+[10, (-1 / 0)]) / (0 ?? n12));
  }
}
if (([0o17, 16, 1e3, 9, (-1 / 0), 4294967295].includes(1e21) && (!'-7'))) {
  let n34 = (Math.abs(n3) ** (-1));
  let o35 = ({});
  let caught36 = null;
  try {
    const s37 = ['Hi there'].join("").charAt(0).slice(0, 48);
  } catch (e38) {
    caught36 = typeof e38?.message === "string" && e38.message.slice(0, 2) === "u:" ? e38.name + "/" + e38.message : (e38?.name ?? e38);
  } finally {
    n34 = [(0 / 0), 4].slice((-1), 2).reduce((acc39, x40) => acc39 - x40, 1);
  }
}
n12 = Math.min(Math.min());
for (const it41 of Object.keys(({ "x": 1.5 }))) {
  for (let i42 = 0; i42 <= 8; i42++) {
    s13 = (s13 + `$${s13}-${[9, 2, 1.5, (-0)]}!`).slice(-48);
    const o43 = ({ b: (-1.5), z_: 1000, len: 4294967296, 0: 6, i42 });
  }
}
return [n3, n12, s13, [].join(), s13.trim()];
