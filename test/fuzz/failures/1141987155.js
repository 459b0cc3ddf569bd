// Kitwork fuzz failure, program seed 1141987155
// reason: different results
// V8: ok [{"k1":NaN},"aa",[-9007199254740992,-5],2,"aahello"]
// VM: ok [{"k1":"7,8,5NaN"},"aa",[-9007199254740992,-5],2,"aahello"]
// replay: node --import tsx test/fuzz/run.ts --replay 1141987155

function f1(p2, p3, p4 = 2) {
  switch ((false ? p2 : (-8))) {
    default:
      break;
    case 1: {
      if ((1 == undefined)) throw new Error("u:" + "a-b-c".toLowerCase());
      const { a: n5, ...o6 } = ({ len: 4294967295, 10: 3 });
      break;
    }
    case 3:
      break;
  }
  return (p4 = "".indexOf("null"));
}
const o7 = ({ ["k" + 1]: 8 });
for (let i8 = 0; i8 <= 20; i8 += 1) {
  let s9 = JSON.stringify(("ab".length / (o7?.k1 ?? 9)), null, "  ").slice(0, 48);
  if (([] === undefined)) {
    for (const it10 of ["true"].map(p11 => "a-b-c")) {
      const s12 = (("zz" + o7) + ["MiXeD"].filter((p13) => false).join("")).slice(0, 48);
    }
  } else {
    if ((typeof false === "number")) break;
    o7.k1 += (+[7, 8, 5]);
  }
}
if (((1e3 ** 3) === "-7".length)) {
  for (const it14 of Object.keys(o7)) {
    const s15 = ("-7" + (false ? 1_000 : 5e-324)).slice(0, 48);
    const n16 = (Math.min(32, 7) / (100 - 10));
  }
} else {
  const sa17 = ["abc,def", 'single', "-7", "Hi there"].concat(["ÅÉü"]).filter(p18 => (![2147483647, 10, 255, 7])).slice(0, 16);
  let n19 = `x=${({ p: "1e3", q: { r: sa17 } })}${(10 == 9007199254740991)}x=${Number("q\"uote")}\`q`.charCodeAt(3);
}
const f20 = (p21, p22) => Math.max(Math.max(...p21), p22);
function mk23(start, step = 1) {
  let c24 = start;
  return () => {
    c24 += step;
    return c24;
  };
}
const ctr25 = mk23((-1e-7));
let s26 = ("😀x"[3] ?? 'a').repeat(2).slice(0, 48);
let a27 = [(-5), (-9007199254740993)].filter((x28) => x28 === x28).sort((x28, y29) => x28 - y29);
const f30 = () => {
  if ((![''].map((p31) => s26))) throw new Error("u:" + (typeof s26));
  if ((true || false)) throw { code: [1e21, (-5), (-1000), (-0.5)].reduce((acc32, x33) => acc32 + x33, 0) };
  for (let it34 of Object.keys(o7)) {
    a27 = [20, ...a27, ...[8, (-0), 256, 1.5e300]].filter((p35) => (({ a: 7 }) < false)).slice(0, 16);
    s26 = it34.toUpperCase().toUpperCase();
    if ((typeof [o7, ({})] === "undefined")) break;
  }
  return s26.repeat(3).slice(0, 48);
};
return [o7, s26, a27, s26.length, (s26 + "hello")];
