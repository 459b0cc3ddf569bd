// Kitwork fuzz failure, program seed 1013945948
// reason: different results
// V8: ok [-Infinity,["MiXeD","-7"],{"0":Infinity,"y":0.1,"n1":-Infinity},"12[\"MiXeD\",\"-7\"]",0,0]
// VM: ok [-Infinity,"",[],"12[\"MiXeD\",\"-7\"]",0,0]
// replay: node --import tsx test/fuzz/run.ts --replay 1013945948

var n1 = (1 - (1 / 0));
const s2 = ((n1 - 4)).toFixed(0);
var n3 = (s2 + s2).indexOf((n1 + s2));
for (let i4 = 20; i4 > 0; i4--) {
  if ((false && true)) {
    if ((n3 <= 1)) continue;
    for (const [k6, v7] of Object.entries(({ b: 2, 0: 4, 10: 6 }))) {
      const [n8, ...a9] = [].map(p10 => i4);
      var s11 = s2.repeat(1).repeat(2).slice(0, 48);
    }
    const o12 = ({ b: (n1 / (-n3)) });
  } else {
    let caught13 = null;
    try {
      let s14 = "x,y,z";
      let n15 = (Math.sqrt(n3) + (8 % 8));
      let n16 = (--n3);
      if (((n1++) !== (n15 - 4))) throw new TypeError("u:x");
    } catch (e17) {
      caught13 = "outer";
    } finally {
      let x18 = `${((String(true) < [(-20), 0o17, 5, (-16), 6].map((p19, i20) => 0)) ? ((!({ 10: (-0), 0: 2147483647, y: 4, 2: (-1.5) })) || (4 === n3)) : null)}`.slice(0, 48);
      const sa21 = ((n1 * 32)).toFixed(4).split("");
    }
    n3 = (-["", "-7", "😀x", "q\"uote"].length);
  }
  const s22 = (8 + s2).slice((-4)).slice(0, 48);
}
for (const it23 of ["😀x", 'Hi there', "ÅÉü", "0", "  pad  "]) {
  const adder24 = (k) => (v) => v - k;
  const add25 = adder24('true'.charCodeAt(2));
}
const f26 = (p27 = (-3.75), p28, p29) => [5e-324, (-4), (-20)].slice(3);
--n1;
let sa30 = ["MiXeD", "-7"];
const f31 = (p32, p33, p34) => undefined;
if (Number.isInteger((n3 * n1))) {
  let { x: n35 = 6, b: n36 = 1, a: n37 } = ({ ...({ 10: 0xff, 2: 4, 0: 100 }), ...({ len: 6, 0: 100, x: 3, "k1": (-32) }) });
}
for (const it38 of [3, 5e-324, 2147483648, 1.5, 10]) {
  const b39 = ((-n1) > 4294967295);
}
let x40 = ({ 0: (n1 * n1), y: 0.1, n1 });
var s41 = ("12".slice((-2)) + JSON.stringify(sa30).split("").join("")).slice(0, 48);
[n1, n3] = [n3, n1];
for (let i42 = 0; i42 < 5; i42 += 2) {
  if ((false || true)) break;
  let w43 = 0;
  while (w43 < 14) {
    w43 += 1;
    const b44 = (({ 2: (0 / 0), k1: 4294967296, "z_": 7 }) <= x40);
    let b45 = ([].join(",") == ("MiXeD" + 0.2));
  }
}
return [n3, sa30, x40, s41, (n3 << n1), (+[])];
