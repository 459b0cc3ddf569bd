// Kitwork fuzz failure, program seed 3465116749
// reason: different results
// V8: ok [false,NaN,{"0":9,"2":-20,"10":-Infinity,"c":65535,"n2":0.5,"z_":-4,"x":4,"b":-Infinity,"len":-65535},NaN,NaN,false,0,4294967296]
// VM: ok [false,"",[],NaN,NaN,false,0,4294967296]
// replay: node --import tsx test/fuzz/run.ts --replay 3465116749

if (["abc,def", '-7', "-7"].includes("12")) {
  for (const it1 of `a${[]} end`) {
    let o2 = ({ 0: 7, "x": it1.length });
  }
  const [s3] = [3].map((x4) => `${x4}`);
  for (let i5 = 14; i5 > 0; i5--) {
    const b6 = ('zz' < s3);
    let caught7 = null;
    try {
      let o8 = (b6 ? ({ y: 1000, a: 7 }) : ({}));
      if (('3.5'.repeat(3) <= "1e3".split("|").join("|"))) throw new Error("u:" + (false ? "3.5" : "-7"));
    } catch (e9) {
      caught7 = typeof e9?.message === "string" && e9.message.slice(0, 2) === "u:" ? e9.name + "/" + e9.message : (e9?.name ?? e9);
      const n10 = [5e-324].length;
    }
    if (false) break;
  }
}
const b11 = (false && false);
for (let it12 of "zz".padEnd(2)) {
  const x13 = (("s" || 2.5) && [(-2147483648), 5, (0 / 0)]);
  let caught14 = null;
  try {
    for (let i15 = 0; i15 <= 2; ++i15) {
      const a16 = [].filter((p17) => b11).concat(Math.sign(i15)).concat(it12.toLowerCase().charCodeAt(1)).slice(0, 16);
    }
  } catch (e18) {
    caught14 = typeof e18?.message === "string" && e18.message.slice(0, 2) === "u:" ? e18.name + "/" + e18.message : (e18?.name ?? e18);
    var a19 = [4294967295].concat([].concat([0.5, (-5), 1000, (-1 / 0), 4])).slice(0, 16);
  }
}
const n20 = (+["  pad  "]);
for (const it21 of [(1 / 0), (-0), (-.5), 7, 0b101, (0 / 0)]) {
  const f22 = function (p23 = 5, p24 = [1, 2], p25, ...rest26) {
    if (p24.length < 8) p24.push(1e-7, it21);
    return (p25 < 5);
  };
}
const o27 = ({ ...({ 10: (-0), c: 65535, 0: 100, "2": (-20), ["n" + 2]: 0.5 }), ...({ ...({ 0: 9, z_: (-4), "x": 4, "b": (-1 / 0) }), ...({ 10: (-1 / 0), len: (-65535) }) }) });
var n28 = (n20 + 4);
const f29 = (p30, p31, p32) => {
  let o33 = o27;
  o33 ||= ({ ...o33, ...({ len: (-1e3), "2": (-0) }) });
  switch ((o33.b ?? 6)) {
    case 10:
      p32 = (p32 + [].join(", ")).slice(0, 48);
      break;
  }
  return o27?.b;
};
const n34 = Math.max((n20 - 6));
let b35 = (true && ['', "-7", "true"].includes("tab\tend"));
return [b11, n20, o27, n28, n34, b35, (+[]), Math.abs(4294967296)];
