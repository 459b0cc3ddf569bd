// Kitwork fuzz failure, program seed 2503919384
// reason: different results
// V8: ok ["function",null,0,NaN]
// VM: ok ["function",null,"4,4,7",NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 2503919384

switch ((+[10, (0 / 0), 1e-7, (-8), 0.2])) {
  case 0: {
    break;
  }
  default:
    break;
}
const f1 = () => ("Hi there" + 0).slice(2, 7).slice(0, 48);
let s2 = "true".padEnd(4, "*").slice().slice();
let caught3 = null;
try {
  let { b: n4 = 255, ...o5 } = ({ "c": 10, len: 9007199254740991, b: 0 });
} catch (e6) {
  caught3 = typeof e6?.message === "string" && e6.message.slice(0, 2) === "u:" ? e6.name + "/" + e6.message : (e6?.name ?? e6);
  for (let i7 = 19; i7 > 0; i7--) {
    for (let i8 = 0; i8 <= 20; ++i8) {
      var n9 = Math.min();
    }
  }
}
for (const it10 of [].slice().sort()) {
  let caught13 = null;
  try {
    var sa14 = ["ÅÉü", "a-b-c", "", "zz", ''].slice(2).map(p15 => it10.split("|").join("|").repeat(0).slice(0, 48)).slice(0, 16);
    for (const [k17, v18] of Object.entries(({ c: 3, 10: (-0), 0: 10, ["k" + 1]: 2 }))) {
      f1();
    }
  } catch (e19) {
    caught13 = typeof e19?.message === "string" && e19.message.slice(0, 2) === "u:" ? e19.name + "/" + e19.message : (e19?.name ?? e19);
  }
  let s20 = JSON.stringify(({ ...({}), len: Math.floor((-0)) })).slice(0, 48);
}
for (const it21 of JSON.stringify([caught3])) {
  s2 = (typeof f1);
  let caught28 = null;
  try {
    if (Number.isInteger(9)) {
      let sa30 = ["ÅÉü"].map(p31 => [...[(0 / 0), 2], ...[9]].join().slice(0, 48)).slice(0, 16);
      sa30.pop();
    } else if (((-20) >= .5)) {
      f1();
    }
  } catch (e32) {
    caught28 = typeof e32?.message === "string" && e32.message.slice(0, 2) === "u:" ? e32.name + "/" + e32.message : (e32?.name ?? e32);
  }
}
return [s2, caught3, ((-1e-7) & 9), (+[4, 4, 7])];
