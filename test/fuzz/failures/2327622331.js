// Kitwork fuzz failure, program seed 2327622331
// reason: V8 returned, VM threw
// V8: ok [0.3333333333333333,{"p":null,"q":{"r":false}},"false","false",false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2327622331

let n1 = (-((-1) / 6));
const x2 = ({ p: null, q: { r: false } });
const f3 = (p4, p5) => (n1 + n1);
var s6 = JSON.stringify((("MiXeD" + "3.5") + "\u0041\x42".toUpperCase())).slice(0, 48);
f3((4294967296 % n1), f3?.(n1, 2));
if ((false || true)) {
  if ([(-0.2), 5, 1000, (1 / 0), (-20), 4].map((p7) => n1).includes((+[0]))) {
    switch (("12" + 7)) {
      case "a":
        let o8 = ({});
        o8.b ??= n1;
        break;
      case "":
        --n1;
        n1 = (Math.round(n1) % (-7));
        break;
      case "hello":
        break;
      case "ab":
    }
    for (const it9 of ["true", "3.5", "null"].join(",")) {
      const n10 = [1, 10].reduce((acc11, x12) => acc11 * x12, 2);
    }
    const n13 = n1;
  } else {
    s6 = JSON.stringify(false, null, 2).slice(0, 48);
    const s14 = s6.repeat(1).slice(0, 48);
  }
  const f15 = function (p16, p17 = [1, 2], p18 = (-2147483648), ...rest19) {
    let x20 = x2;
    const n21 = (f3(Math.floor(0.2), (++p18)) & (Math.round(p18) / (4 << 5)));
    const s22 = (typeof f3).toUpperCase();
    try {
      return x20;
    } finally {
      const o23 = ((!({ c: (-2147483648), z_: 7, "len": 0, 0: (0 / 0) })) ? ({}) : ({ ...({ k1: 9007199254740993, 0: (-1), y: 10 }), ...({}) }));
    }
  };
  n1 = (n1 + n1);
}
f3(Math.abs(8), (-n1));
const s24 = s6;
let x25 = false;
for (const it26 of "abc,def".slice(0, 3)) {
  const a27 = ["Hi there", "", "line\nbreak", "zz", "  pad  "].map((q28) => q28.length).filter((p29) => (p29 <= n1)).map(p30 => (n1 + (n1 / (1 / 0))));
  if (((n1 >= 9) && (n1 == n1))) {
    for (let i31 = 0; i31 <= 1; ++i31) {
      if (a27.length < 40) a27.push(f3(1e3, n1));
      const o32 = ({ n1 });
      s6 = (s6 + it26).slice(0, 48);
    }
    const n33 = 5;
    let sa34 = "-7".split(",");
  }
}
return [n1, x2, s6, s24, x25];
