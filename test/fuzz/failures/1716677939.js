// Kitwork fuzz failure, program seed 1716677939
// reason: V8 returned, VM threw
// V8: ok [-42,false,1,NaN,[0.1,7,4,1.5,-10],"tab\tendtab\tend","2|1|4|9|4294967296",6]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1716677939

const memo1 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})((false ? 65535 : (1 / 0)));
const f2 = () => {
  const [n3] = [].map((q4) => q4.length);
  var n5 = Math.round(6);
  for (const it6 of ['Hi there'].slice(1)) {
    switch (Math.round(n5)) {
      case 3:
        if (("12" <= it6)) return 7;
        let n7 = [].reduce((acc8, x9) => acc8 * x9, 1);
        break;
      default: {
        n5 |= (n5 << n5);
        const n10 = 0.1;
        break;
      }
    }
    let caught11 = null;
    try {
      if ((true && true)) return (n5--);
      let [n12, n13] = [(-1)].filter((x14) => x14 === x14).sort((x14, y15) => x14 - y15);
      var sa16 = "".split(" ").join("-").split("-");
      if ((typeof false === "undefined")) throw { code: (n5 ** 2) };
    } catch (e17) {
      caught11 = typeof e17?.message === "string" && e17.message.slice(0, 2) === "u:" ? e17.name + "/" + e17.message : (e17?.name ?? e17);
    } finally {
      const b18 = ((true ? n5 : (-(-1_000))) < Math.sign(9));
      let n19 = (+undefined);
    }
    if ((123.456 < n5)) return (1 ^ n5);
  }
  return ((n5 ** 10) % [9007199254740993, 1, (1 / 0), 5].reduce((acc20, x21) => acc20 * x21, 0));
};
const n22 = (-("x,y,z".charCodeAt(3) - Math.abs(2)));
const b23 = ([0, 0.1, n22, 32].includes([].indexOf(8)) || [].slice(2, (-1)).includes((+[4, (-32), 65535, (-10)])));
for (let it24 of [2, (-8), 4]) {
  let n25 = [0.5, 0.2, 65535].indexOf(it24);
  if (b23) continue;
}
var n26 = (-[1_000, (-2.5)].map((p27) => n22).indexOf(memo1(3.75)));
f2();
let n28 = f2();
const a29 = [0.1, ...[...[1.5, 7, 4, (-10)]].filter((x30) => x30 === x30).sort((x30, y31) => y31 - x30), ...[(-4294967295)].filter(p32 => false)].slice(0, 16);
let s33 = ["tab\tend"].join(",").repeat(2).slice(0, 48);
if (["abc,def", "x,y,z"].filter(p34 => false).includes(["-7", "line\nbreak", "null", "ÅÉü"].join())) {
  const a35 = [...[2, 16, 3, (-0.1), 8], ...a29].slice(0, 16);
  const s36 = ("ab" + a35).slice(0, 48);
}
return [n22, b23, n26, n28, a29, s33, [2, 1, 4, 9, 4294967296].join("|"), [10, 3, 5, (0 / 0), (-1e-7), 42].length];
