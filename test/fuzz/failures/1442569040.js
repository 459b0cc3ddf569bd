// Kitwork fuzz failure, program seed 1442569040
// reason: different results
// V8: ok [[Infinity,9007199254740992,256,9,6,6,6,-0,-32,-42,-42,-3,NaN,-3,NaN,-3,NaN,-3,NaN,-1,NaN,-1,NaN,-1,NaN,-1,NaN,1,NaN,1,NaN,1,NaN,1,NaN,3,NaN,3,NaN,3,NaN],[3,-0],false,-16]
// VM: ok [[Infinity,9007199254740992,256,9,6,6,6,-0,-32,-42,-42],[3,-0],false,-16]
// replay: node --import tsx test/fuzz/run.ts --replay 1442569040

const f1 = (p2) => `${((p2 * (-10)) ?? ["true", 'true', "b", "back\\slash"].concat(['x,y,z', "3.5", 'single']))}`.slice(0, 48);
const a3 = [...[6, ...[6, 9, (-42), (1 / 0), (0 / 0), 6].filter((p4) => true), ...[256, (-32), 9007199254740993, (-0)].filter(p5 => true)]].filter((x6) => x6 === x6).sort((x6, y7) => y7 - x6).slice(0, 16);
if (("ÅÉü" != "tab\tend")) {
  const x8 = (false ? [0b101, 3.75, (0 / 0), (-0), (-42), (0 / 0)] : null);
  if (a3.length < 20) a3.push(Math.min(...a3));
  const s9 = ("😀x".trim() + 'x,y,z'.charAt(2)).slice(0, 48);
} else {
  for (let it10 of Object.keys(({ ...({ 0: (-0) }), x: 9 }))) {
    const a11 = a3;
    for (var i12 = 0; i12 < 20; i12 += 3) {
      a3.pop();
    }
  }
}
f1(a3.map((p13) => (1 / 0)));
for (let i14 = 0; i14 < 20; i14 += 2) {
  let caught15 = null;
  try {
    for (let [k17, v18] of Object.entries(({ z_: 8, len: (-2), 10: i14, c: 6 }))) {
      let n19 = ((k17 >= "hello") ? (false ? 1 : v18) : ["b", "true"].length);
      if (a3.length < 40) a3.push((i14 - 3), (+a3));
      let a20 = a3.map((p21, i22) => (Math.sign(i22) - ((0 / 0) % 4)));
    }
    if (((-256) !== (-31))) {
      if ((i14 === (-1e-7))) continue;
      var n23 = (false ? 8 : i14);
      n23 = (i14 + n23);
    } else {
      const s24 = ` ${(null && ({}))}\n${(!"-7")} end`.toLowerCase().slice(0, 48);
    }
  } catch (e25) {
    caught15 = typeof e25?.message === "string" && e25.message.slice(0, 2) === "u:" ? e25.name + "/" + e25.message : (e25?.name ?? e25);
    const a27 = [(-4294967296), ...[7, 0.1, 0, 0].filter((p28) => false), ...[(-5), 7]].slice(0, 16);
  }
  let [n29 = 9007199254740991] = a3.map((p30) => i14);
}
f1([9, (-2.5), 4, 5].slice(1));
const a31 = [3, (-0)];
if ((typeof false === "undefined")) {
  let [, s32, s33 = "true"] = ['hello', '😀x'].map((p34) => "0");
} else if (("abc,def" > a31.join("|"))) {
  var s35 = "".toUpperCase();
  for (let i36 = 0; i36 < 8; i36 += 2) {
    for (let i37 = 18; i37 > 0; i37--) {
      s35 = `$${s35}$${[(-0), 0, 4294967296, 4, 9]}-${i36} end`.slice(4).slice(0, 48);
      const n38 = (i37 ^ i37);
      let b39 = [2.5, 255].filter((p40) => true).includes("abc,def".indexOf(s35));
    }
    const o41 = ({ 2: 1 });
    const n42 = (7 ** 0);
  }
} else {
  f1([...[(-1.5), 42, 1_000, (-.5), 1000, (0 / 0)], ...a31]);
}
return [a3, a31, (false && true), (-16)];
