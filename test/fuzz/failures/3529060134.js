// Kitwork fuzz failure, program seed 3529060134
// reason: different results
// V8: ok [[],["[\n  15,\n  0.1,\n  255,\n  2,\n  9\n]"],-1,{"10":-1,"k1":10,"n5":-1},-1,"outer",2,"object"]
// VM: ok [[],"2",[2],{"10":-1,"k1":10,"n5":-1},-1,"outer",2,"object"]
// replay: node --import tsx test/fuzz/run.ts --replay 3529060134

const sa1 = ["0"].filter((p2) => false).slice((-1));
const sa3 = sa1.map(p4 => [(-1000), (-2147483648), 123.456, (-255), 0b101].join("|").toUpperCase().slice(0, 48)).slice(0, 16);
const n5 = [0o17].indexOf(9);
if (sa3.length < 40) sa3.push(JSON.stringify([0o17, 0.1, 0xff, 2, 9], null, 2).slice(0, 48));
const o6 = ({ 10: n5, k1: 10, n5 });
const n7 = Math.trunc(n5);
for (const [k9, v10] of Object.entries(({ ...o6, k1: n7 }))) {
  for (var i11 = 0; i11 < 10; i11++) {
    var b12 = (true !== sa3);
  }
  let o13 = ((!o6) ? o6 : ({ len: (i11 * 256), "10": 6 }));
}
let caught14 = null;
try {
  for (const it15 of "abc,def".padEnd(6, "*")) {
    let o16 = o6;
    const sa17 = Object.keys(o6);
  }
  if ((!0)) throw new Error("u:" + "a-b-c");
} catch (e18) {
  caught14 = "outer";
} finally {
  const n19 = n7;
  if ((n19 > 7)) {
    let x20 = [3, 9007199254740993].map((p21) => (-.5));
    for (var i22 = 0; i22 < 18; i22 += 2) {
      let x23 = `${([].map(p24 => (-3)).includes((+'1e3')) % [5, ...[1], ...[1, 6]].concat([6, 5].map(p25 => n5)))}`.slice(0, 48);
      x23 = `${('MiXeD'.startsWith("a") + ({ 2: 9, len: (-0.2), 0: 3.75, b: 4, n7 }))}`.slice(0, 48);
      if (true) continue;
    }
    const { a: n26 } = o6;
  }
}
return [sa1, sa3, n5, o6, n7, caught14, (+[2]), (typeof sa3)];
