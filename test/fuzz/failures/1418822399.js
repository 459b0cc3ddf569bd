// Kitwork fuzz failure, program seed 1418822399
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:3.5     
// VM: throw <value>: Error: u:3.5     
// replay: node --import tsx test/fuzz/run.ts --replay 1418822399

if ((2 >= (-0))) throw new Error("u:" + '3.5'.padEnd(8));
var a1 = ["abc,def", "12", "true", '12'].map((q2) => q2.length).slice().sort().slice(0);
const [, n5 = 5, ...a6] = [1e21, (0 / 0), (-7)];
const n7 = "line\nbreak".indexOf('x,y,z');
if ([].includes('single')) {
  a1 ||= a1.concat(a6).slice(0, 16);
  a1 = a6;
  if ((("s" ?? (-1e-7)) < "Hi there".indexOf("ÅÉü"))) {
    for (let i8 = 4; i8 > 0; i8--) {
      var s9 = JSON.stringify("  pad  ".slice(3), null, 2).slice(0, 48);
    }
  }
} else {
  let o10 = ({ ...({}), ...({ 10: 7, x: 4, b: (-31) }) });
  for (const it11 of a1) {
    if (([(-0), ...[.5, 32], ...a1] === (false || true))) {
      a6.pop();
      o10["2"] += n7;
    } else {
      o10["0"] = (true ? (-255) : it11);
    }
  }
}
let caught12 = null;
try {
  a1 = a6;
  let a13 = a6.concat([0, 2, 3, (0 / 0), (-2)].slice((-1))).slice(0, 16);
  a1 &&= a1.filter((p14) => true);
} catch (e15) {
  caught12 = typeof e15?.message === "string" && e15.message.slice(0, 2) === "u:" ? e15.name + "/" + e15.message : (e15?.name ?? e15);
} finally {
  const x16 = (true ? ['a', "ÅÉü"] : undefined);
}
a1 &&= a6.map((p17) => 255);
const a18 = [(-0)].filter((x19) => x19 === x19).sort((x19, y20) => x19 - y20).slice(1, 3);
const memo21 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})((9 % (-1 / 0)));
let caught22 = null;
try {
  if ((n5 > n7)) {
    let x23 = Math.abs(n7);
    let a24 = [...[...a1].filter((x25) => x25 === x25).sort((x25, y26) => y26 - x25).filter((p27) => (true && false))].filter((x28) => x28 === x28).sort((x28, y29) => y29 - x28);
    const n30 = (a24[1] ?? 6);
  } else {
    a1 = [8, a6.indexOf(0), (-1 / 0)];
    const n31 = Math.trunc(65535);
  }
  memo21(n5);
  if (("Hi there".charCodeAt(3) >= a18.reduce((acc32, x33) => acc32 + x33, 2))) throw null;
} catch (e34) {
  caught22 = typeof e34?.message === "string" && e34.message.slice(0, 2) === "u:" ? e34.name + "/" + e34.message : (e34?.name ?? e34);
} finally {
}
return [a1, n5, a6, n7, caught12, a18, caught22, "a-b-c".length, '  pad  '];
