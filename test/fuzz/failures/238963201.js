// Kitwork fuzz failure, program seed 238963201
// reason: different results
// V8: ok ["--1000$NaN:0,end",16,":7,9,-4,255,1 --1000$nan:0,end"]
// VM: ok ["ÅÉü,hello,abc,def,😀xÅÉü,hello,abc,def,😀x$NaN:0",48,":7,9,-4,255,1 åéü,hello,abc,def,😀xåéü,hello,abc"]
// replay: node --import tsx test/fuzz/run.ts --replay 238963201

const s1 = `-${((-1_000) - (-0))}$${(2147483648 - ["ÅÉü", 'hello', "abc,def", "😀x"])}:${(0 && "q\"uote")} end`.split(" ").join(",").slice(0, 48);
const n2 = s1.length;
const s3 = `:${[7, 9, (-4), 0xff, 1]} ${s1}`.toLowerCase().slice(0, 48);
var n4 = (false ? s3 : "ab").split("").join("-").length;
--n4;
++n4;
--n4;
if (((s3 != s3) && true)) {
  const n5 = (++n4);
  const x6 = (n4 += n5);
} else if (("a" !== s3)) {
  n4 = ("s" ?? 5e-324);
} else {
  const n7 = ((("zz" + '0') >= `\n${false}!`) ? (++n4) : Math.ceil((--n4)));
  const sa8 = ["😀x", "\u0041\x42"];
}
const f9 = () => {
  if (([].reduce((acc10, x11) => acc10 * x11, 0) != (-0b101))) {
    if ((undefined === null)) throw new Error("u:" + `-${n4}\n${0}$${s3} end`);
    const b12 = false;
  } else {
    let sa13 = 'MiXeD'.split(" ");
  }
  let n14 = n2;
  if (true) {
    for (const it15 of []) {
      const a16 = [0b101, (-1000), 16, 1, (-4)].slice().sort().map((p19) => Math.max(100, p19));
      if (["b", "3.5", "line\nbreak", "b"].includes(s1)) continue;
      let o20 = ({ ...({ a: 2, len: it15, c: n14, it15 }), ...({ ...({ 10: 0.5 }), b: it15 }) });
    }
    let o21 = ({ len: (-2.5), 2: ([(0 / 0)].reduce((acc22, x23) => acc22 + x23, 0) % s3.indexOf("0")) });
    var o24 = o21;
  } else {
    let w25 = 0;
    while (w25 < 10) {
      w25++;
      let { c: n26 = 2, x: n27, len: n28 = (0 / 0), ...o29 } = ({ ...({ len: (0 / 0) }), a: 10 });
      let o30 = o29;
      const b31 = true;
    }
  }
  return (Math.floor(10) % ["line\nbreak", "1e3", "zz", "true"].length);
};
++n4;
++n4;
return [s1, n2, s3];
