// Kitwork fuzz failure, program seed 1637961177
// reason: V8 returned, VM threw
// V8: ok [6,false]
// VM: throw TypeError: TypeError: (base) => { let calls = 0; return (v)... is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 1637961177

const n1 = (6 | 2);
for (let i2 = 19; i2 > 0; i2--) {
  const memo3 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })((+[1]));
  for (const it4 of [i2, 10, 5, (-100), 255]) {
    var a5 = [(-1 / 0), 2, 42, 255];
    switch ((-0)) {
      default: {
        if (false) continue;
        let o6 = ({});
        break;
      }
      case (-1):
        break;
      case 0:
        const x7 = null;
        if (a5.length < 40) a5.push((a5[it4] ?? 0));
        break;
      case 3:
        if (a5.length < 8) a5.push(i2);
        break;
      case (0 / 0):
        const n8 = Math.trunc(it4);
    }
    let caught9 = null;
    try {
      a5 = (false ? [3] : [(-10), 7, (0 / 0)]);
      if (('hello' < "a b c")) throw undefined;
    } catch (e10) {
      caught9 = typeof e10?.message === "string" && e10.message.slice(0, 2) === "u:" ? e10.name + "/" + e10.message : (e10?.name ?? e10);
    }
  }
}
function f11(p12, p13 = "  pad  ") {
  let caught14 = null;
  try {
    const o15 = ((false !== null) ? ({ c: n1 }) : ({ y: (0 / 0), 0: n1, "2": n1 }));
    if ((!Object.values(o15))) throw new RangeError("u:x");
  } catch (e16) {
    caught14 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
  }
  let w17 = 0;
  while (w17 < 7) {
    w17 += 1;
    const n18 = 10;
    let a19 = [].concat(9).slice((-2), 1).slice(0, 16);
    const a20 = [...[1, 1, 100, (-2.5), 10, 8], ...a19].slice(0, 16);
  }
  const a21 = ["  pad  ", 'zz', "1e3", "Hi there", 'true'].filter(p22 => false).map((q23) => q23.length);
  return (1e3 >>> w17);
}
return [n1, ((-0) === 7)];
