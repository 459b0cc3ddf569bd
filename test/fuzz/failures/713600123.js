// Kitwork fuzz failure, program seed 713600123
// reason: different results
// V8: ok [{},["zz","12","  pad  ","ÅÉü","zz",""],[0,-0],[],1,1]
// VM: ok [{},"1",[1],[],1,1]
// replay: node --import tsx test/fuzz/run.ts --replay 713600123

const f1 = () => {
  let a2 = [4, 3, (-0), 10].map((p3, i4) => (0 / 0)).map((p5) => (+null));
  if ((!(false ? "zz" : "12"))) {
    for (let i6 = 0; i6 < 4; i6 += 3) {
      const sa7 = [].slice((-1));
    }
    a2.pop();
    const { len: n8 = 31, c: n9 = (-0), b: n10 = 9, ...o11 } = ({ b: 2147483648, y: (-1.5e300), "len": 0.5, z_: 256 });
  }
  const n12 = (-9007199254740991);
  let o13 = ({ 0: 6, 10: (a2[1] ?? 0.5), z_: (+"  pad  "), c: (~n12) });
  return `${(n12 + "😀x")}`.slice(0, 48);
};
const o14 = (Array.isArray(({ p: false, q: { r: 3 } })) ? ({ 0: 0xff, "y": 8 }) : ({}));
delete o14.a;
for (let i15 = 0; i15 < 12; i15 += 1) {
  switch ((42 ** 0.5)) {
    case (0 / 0):
      f1();
      if (true) {
        const n16 = (Math.sign(Math.trunc(i15)) - (Number.isInteger((true ? 5 : i15)) ? 1 : 0));
        f1();
        let n17 = Math.max((false ?? (-100)));
      } else {
        const n18 = Math.max();
        o14.x = (2147483648 - n18);
      }
      break;
  }
  let { b: n19 = 0 } = o14;
  for (let i20 = 0; i20 < 7; i20 += 2) {
    const a21 = Object.entries(o14).map((e22) => e22[1]);
  }
}
var sa23 = "zz".split("-").concat(["12", "  pad  ", "ÅÉü", "zz", ""].map(p24 => p24)).slice(0, 16);
const a25 = [0.1, (-1 / 0), 0, (-0), 8].concat([4, 2]).slice(2, 4).slice(0, 16);
const f26 = function (p27, p28, p29) {
  const n30 = (true + p28);
  return Math.max(p29, 7);
};
f1();
var sa31 = Object.keys(o14);
for (let i32 = 19; i32 > 0; i32--) {
  const f33 = function (p34, p35 = "q\"uote") {
    if (((false ? (-0o17) : p34) != f26(p35, p34, 7))) {
      let w36 = 0;
      while (w36 < 4) {
        w36++;
        p35 = (p35 + (JSON.stringify([0, 0.2, 0.2, 2147483647], null, "  ")[2] ?? "abc,def")).slice(0, 48);
        var n37 = ((Math.abs(i32) < [1e21, 100, 1e-7, (-31)].reduce((acc38, x39) => acc38 * x39, 1)) ? ((p34 = 5) >>> (true ? i32 : (-10))) : (Math.max(6, (-4)) ** 10));
        sa23 &&= sa23;
      }
      p34--;
    } else {
    }
    return `${f1()}`.slice(0, 48);
  };
}
return [o14, sa23, a25, sa31, (5 >> 2), (+[1])];
