// Kitwork fuzz failure, program seed 1870907493
// reason: V8 returned, VM threw
// V8: ok [-0.1,undefined,-5,true,[0,0,0,0,0,0],"object"]
// VM: throw TypeError: TypeError: Cannot read properties of undefined (reading '250')
// replay: node --import tsx test/fuzz/run.ts --replay 1870907493

for (let i1 = 0; i1 < 6; i1 += 3) {
  const b2 = (((0 + i1) !== Math.min(0, i1, 0.2)) && ((i1 ** (-1)) <= Math.sign((-42))));
}
for (let i3 = 0; i3 <= 18; i3 += 1) {
  if ((true || false)) {
    let n4 = Math.floor(i3);
  }
  const b5 = false;
}
const f6 = (p7 = 10, p8 = 5, ...rest9) => {
  const a10 = rest9;
  const n11 = (true ? p7 : p7);
  return (rest9[(n11 ^ (-255))] ?? 0);
};
const [n12 = 65535, n13, n14 = (-5)] = [(-2), (-0.1), 0.1, (-0), (0 / 0), (-20)].slice(1, 2);
switch ((65535 >> (-0))) {
  case 1:
    break;
  default:
    let w15 = 0;
    do {
      w15++;
      let s16 = `$${n12}\n${n13} ${[(-9007199254740991), (-32), (-8), (-0o17)]} end`.split("|").join("|").split("").join(" ").slice(0, 48);
      var o17 = ({ b: (-0), y: f6(n14) });
    } while (w15 < 7);
    break;
}
if (("3.5".indexOf("zz") < 'null'.length)) {
  const s18 = ((n12 > n14) ? `${["😀x", "a", "MiXeD", "3.5"]}-${false} ${true}\`q` : "".padEnd(9, "0")).slice(0, 48);
} else {
  function mk19(start, step = 1) {
    let c20 = start;
    return () => {
      c20 += step;
      return c20;
    };
  }
  const ctr21 = mk19(7);
  const ctr22 = mk19(0xff, 0xff);
}
const b23 = (n14 != n12);
const a24 = [(1 / 0), 1].concat([10]).concat([4294967295, 123.456, 2, (0 / 0)].filter((x25) => x25 === x25).sort((x25, y26) => x25 - y26)).map((p27) => f6((n12 % n12), ["q\"uote", "\u0041\x42", "ÅÉü", "\u0041\x42", "abc,def"].length)).slice(0, 16);
const s28 = (typeof [5, 7]);
for (const it29 of (s28 + s28)) {
  if (("abc,def".split(",").join("") !== it29.split("-").join("|"))) {
    let n30 = (Math.max(...a24) + (Number.isInteger((n13 ?? 0)) ? 1 : 0));
    var n31 = (a24[n30] ?? 2);
  } else if (("\u0041\x42" !== it29)) {
    switch (n14) {
      case "1":
        const n32 = 6;
        let n33 = (Math.max((0 / 0), n32) / (false ? (-32) : (-1 / 0)));
        break;
      case 1:
    }
  }
}
return [n12, n13, n14, b23, a24, s28];
