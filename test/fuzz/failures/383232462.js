// Kitwork fuzz failure, program seed 383232462
// reason: different results
// V8: ok ["12","x,y,z","15single",NaN]
// VM: ok ["12","-42,255,1",[-42,255,1],NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 383232462

const s1 = "12".slice();
let caught2 = null;
try {
  let n3 = (("Hi there".length % (-10)) << String(2).length);
  let w4 = 0;
  do {
    w4++;
    const { c: n5, ...o6 } = ({});
    if ((("ÅÉü" + s1) !== "".slice())) {
      if (Object.values(o6).includes((n3--))) throw new Error("u:" + (true ? s1 : s1));
    } else {
      var n7 = (s1 + s1).indexOf([8, 0b101, 4294967296, (-0.5)].join("-"));
    }
  } while (w4 < 19);
  if (([123.456, (-1 / 0)].concat(n3) !== ({ 2: n3, 10: 4, c: 6 }))) throw "x,y,z";
} catch (e8) {
  caught2 = typeof e8?.message === "string" && e8.message.slice(0, 2) === "u:" ? e8.name + "/" + e8.message : (e8?.name ?? e8);
  for (const it9 of s1) {
    let a10 = [(-2), (-7), (-123.456), 4, 9].filter((x11) => x11 === x11).sort((x11, y12) => x11 - y12);
    let [s13 = "abc,def", s14 = 'MiXeD', s15 = '3.5'] = [].slice(1);
    for (let i16 = 0; i16 <= 8; i16++) {
      if (a10.length < 64) a10.push((-0));
      a10 = [].map((q17) => q17.length);
    }
  }
}
const s18 = (0o17 + 'single').slice(0, 48);
const f19 = function (p20, p21, p22) {
  switch (["hello", 'single', 'a-b-c', "\u0041\x42"].length) {
    case 3:
    default: {
      switch ((true + p22)) {
        case (-1): {
          break;
        }
        default:
          break;
      }
      break;
    }
  }
  const b23 = (!("hello" + 7));
  switch ((p22 + 6)) {
    case 2:
      var b24 = (caught2 !== null);
      break;
    default: {
      let n25 = Math.floor((p22 = p22));
      for (let i26 = 19; i26 > 0; i26--) {
        const { a: n27 = 4, b: n28 = 0xff, len: n29 = 4, ...o30 } = ({ ...({ len: (-9007199254740993), "x": 6 }), b: i26 });
        let n31 = s18.indexOf("  pad  ");
      }
      break;
    }
  }
  try {
    return s18.split(" ");
  } finally {
  }
};
return [s1, caught2, s18, (+[(-42), 255, 1])];
