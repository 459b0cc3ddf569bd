// Kitwork fuzz failure, program seed 3225508678
// reason: host crash (VM threw a non-guest error)
// V8: ok [",[object Object],false,[object Object]",-1,"[0,1000,1e+21]",14,true,13.9]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'b')
//         at Interpreter.run (/work/main/src/vm/interpreter.ts:763:48)
//         at Interpreter.loop (/work/main/src/vm/interpreter.ts:473:21)
//         at Interpreter.execute (/work/main/src/vm/interpreter.ts:139:16)
//         at <anonymous> (/work/main/src/runtime/runtime.ts:77:52)
//         at Runtime.settle (/work/main/src/runtime/runtime.ts:84:11)
//         at Runtime.run (/work/main/src/runtime/runtime.ts:77:17)
//         at Runtime.runToEnd (/work/main/src/runtime/runtime.ts:115:20)
//         at Object.evaluate (/work/main/src/runtime/runtime.ts:168:33)
//         at <anonymous> (/work/main/test/fuzz/harness.ts:169:31)
//         at runVm (/work/main/test/fuzz/harness.ts:178:3)
// replay: node --import tsx test/fuzz/run.ts --replay 3225508678

const x1 = `${[[], ({}), ["  pad  ", '1e3'].filter(p2 => true).includes(`${"Hi there"}x=${9} ${["line\nbreak", "a-b-c"]}`), ({ "b": (+[1_000]), y: 10, len: (-1e3), 2: Math.abs(4) })]}`.slice(0, 48);
const n3 = Math.max(Math.round(Math.sign((-2147483648))));
for (const it4 of '0'.slice(3)) {
  let n5 = ([(-9007199254740993), 4, (-255), 9, (-0)].map(p8 => p8).reduce((acc6, x7) => acc6 * x7, 0) + [...[], ...[8]].reduce((acc9, x10) => acc9 + x10, 1));
  let caught11 = null;
  try {
    let w12 = 0;
    while (w12 < 1) {
      w12++;
      let [s13 = "b", s14 = "null", s15 = "-7", ...sa16] = ["😀x"].map(p17 => p17);
      if ([n5].includes(n3)) break;
    }
  } catch (e18) {
    caught11 = typeof e18?.message === "string" && e18.message.slice(0, 2) === "u:" ? e18.name + "/" + e18.message : (e18?.name ?? e18);
    if ((["a-b-c", "back\\slash", "3.5", "3.5"].length > n5)) {
      n5 >>>= n3;
      const n19 = (typeof ["1e3", "😀x", 'a', "  pad  "].map((q20) => q20.length)).indexOf(it4.toUpperCase().padEnd(4, "0"));
      const o21 = ({ ...({ ...({ 0: 10, y: 3 }), a: [(-0b101), 5, 8, 3, 2147483647, (-0)].indexOf(n3) }), ...({ ...(false ? ({ b: 4, 10: 3 }) : ({ len: (-256), "x": 9007199254740991, 2: (-20) })), ...(false ? ({ 10: .5 }) : ({ b: (-4294967295), k1: (-42), 0: (-16) })) }) });
    } else {
      const n22 = Math.trunc(Number(it4));
      n5 ^= (n5 -= (-7));
    }
  }
}
var n23 = (typeof [(-4294967296), 1e-7, (-0), (-9007199254740991)].concat([(-1e-7), 0, (-0)])).indexOf((typeof [20, 6, 5, 123.456, 4, 2].concat(n3)));
n23++;
const f24 = (p25, p26 = (-3.75), p27) => (Math.min(p26, 2147483647) + (typeof ({}))).slice(0, 48);
let caught28 = null;
try {
  if ((['ab', "b"] === ({ ...({ 0: 32, a: (-9007199254740991) }), c: n23 }))) {
    for (const [k30, v31] of Object.entries(({ z_: (-1_000), k1: 0, "y": 2, 10: 5e-324 }))) {
      const o32 = ({ z_: n3, y: (-1000), 0: 1 });
      let n33 = "abc,def".indexOf(k30);
    }
    let s34 = JSON.stringify("12", null, "  ").repeat(0).slice(0, 48);
    let { a: n35 = 8, b: n36 = (-1), c: n37, ...o38 } = ({ ...({}), a: 7 });
  } else {
    if (((false >= [65535, (0 / 0)]) || ("3.5" >= "  pad  "))) {
      const sa39 = `x=${false}x=${[6, 42]}\`q`.split("|").slice(0, 16);
    } else {
      let o40 = ({ b: (-10), len: (-1 / 0), a: 7 });
    }
  }
  if (((x1 !== undefined) && "a".includes('-7'))) throw "a-b-c".indexOf("ÅÉü");
} catch (e41) {
  caught28 = typeof e41?.message === "string" && e41.message.slice(0, 2) === "u:" ? e41.name + "/" + e41.message : (e41?.name ?? e41);
}
let x42 = x1?.[0];
let s43 = JSON.stringify([...[(0 / 0), 1e21, 0], ...[1e3]].filter((x44) => x44 === x44).sort((x44, y45) => x44 - y45)).slice(0, 48);
for (let i46 = 0; i46 < 13; i46++) {
  const b47 = ((-5) < 0.1);
  let s48 = f24(i46, n3, [1, (-1.5), 6, (0 / 0)]).slice(0, 48);
}
var n49 = ((false || false) ? ("abc,def" + [(1 / 0)]) : s43).length;
return [x1, n3, s43, n49, (false || true), ((-0.1) + n49)];
