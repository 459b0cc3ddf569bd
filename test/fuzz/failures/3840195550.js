// Kitwork fuzz failure, program seed 3840195550
// reason: V8 returned, VM threw
// V8: ok ["201MiXeD\"\"\"\"\"\"\"\"\"\"\"\"",[5,3,-32,-32,3,2.5,2,NaN,4],15,[15],"true",-1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3840195550

let s1 = ("ÅÉü".charCodeAt(1) + 'MiXeD').slice(0, 48);
const a2 = [5].concat([3, (-32), (-32), 3, 2.5]).slice(0, 16);
for (var i3 = 0; i3 < 14; i3 += 3) {
  if (('true' <= JSON.stringify(1000))) {
    const n4 = (+"zz");
    var x5 = null;
  }
}
if (a2.length < 20) a2.push(["zz", "tab\tend"].length);
const [, ...a6] = [(-2), i3];
const x7 = `${((i3 != 1.5) + ((5 < i3) ? ["back\\slash", "q\"uote"].filter(p8 => false) : undefined))}`.slice(0, 48);
switch (s1.indexOf(s1)) {
  case (-1):
    let w9 = 0;
    while (w9 < 3) {
      w9 += 1;
      if (0 < a6.length) a6[0] += (i3 * i3);
      let caught10 = null;
      try {
        let o11 = ({ k1: 5, "z_": 123.456, a: i3 });
        s1 = s1.toUpperCase().padEnd(3, "ab");
        if ((typeof x7 === "undefined")) throw undefined;
        if ((65535 === (-7))) throw "MiXeD";
      } catch (e12) {
        caught10 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
        const a13 = a2;
      } finally {
        const x14 = undefined;
        const x15 = `${(Object.keys(({ "y": 1.5e300, 0: (-31) })) + (['hello', "1e3"] > i3))}`.slice(0, 48);
      }
    }
    break;
  case 0:
    if ((s1 !== "1e3")) {
      let n16 = Math.sign(Math.trunc(((-9007199254740991) * 1)));
      for (let i17 = 6; i17 > 0; i17--) {
        s1 = (s1 + JSON.stringify("12".charAt(4))).slice(-48);
        const a18 = [1].filter((p19) => false).slice(0);
        var n20 = (Number.isInteger(i3) ? 1 : 0);
      }
    } else if ((!a2)) {
      let [n21 = 0, n22, n23 = (0 / 0)] = a6;
      for (const [k25, v26] of Object.entries(({}))) {
        let o27 = ({ ["k" + 1]: 4 });
        if (0 < a6.length) a6[0] += (10 / 1_000);
      }
    } else {
      let a28 = [5, ...[3, 1, 1.5, 9007199254740993].map((p29, i30) => i3), ...["null"].map((q31) => q31.length)].map(p32 => [...["0"]].sort((x33, y34) => (x33 < y34 ? 1 : x33 > y34 ? -1 : 0)).length).slice(0, 16);
      const n35 = i3;
    }
    if (a2.length < 64) a2.push((+[9, 8, 0.1, (-1 / 0), (0 / 0)]), 4);
    break;
}
if (0 < a6.length) a6[0] = Math.ceil(i3);
return [s1, a2, i3, a6, x7, [(-1 / 0)].indexOf(i3)];
