// Kitwork fuzz failure, program seed 699819496
// reason: V8 returned, VM threw
// V8: ok [{"10":3,"c":2,"z_":31,"a":NaN}]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 699819496

function rec1(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec1(n - 1) + rec1(n - 2);
}
let x2 = ({ c: 2, z_: Math.trunc(31), 10: Math.round(3), a: (0 / 0) });
if ((!rec1(0))) {
  const a3 = [(-4294967295)];
} else {
  for (let i4 = 10; i4 > 0; i4--) {
    for (let i5 = 16; i5 > 0; i5--) {
      let s6 = JSON.stringify([(-0), 3, (-0), 8, 2], null, 2).repeat(0).slice(0, 48);
    }
    let s8 = (("null".slice() + ["zz", 'ÅÉü', 'Hi there', 'b'].join(","))[2] ?? "a-b-c").slice(0, 48);
    const a9 = [65535, 1_000, (-1 / 0)].map((p10) => 255).filter((p11) => (true && true)).filter(p12 => ((undefined !== undefined) || Array.isArray("")));
  }
  switch ((-2147483648)) {
    default:
      for (let i13 = 0; i13 < 2; i13 += 1) {
        x2 ??= ({ 10: 20 });
      }
      break;
    case "1": {
      let a14 = [(-1000)].map((p15) => p15);
      let x16 = undefined;
      break;
    }
    case (-0): {
      if ((false && true)) {
        x2 = (x2 && 10);
        var sa17 = [].map((p18) => p18);
        sa17 = "1e3".split("-");
      } else if ((((-0xff) ** 0.5) < (false ? (-1 / 0) : 8))) {
        let s19 = JSON.stringify(rec1(7)).slice(0, 48);
      } else {
        let { c: n20 = 2, x: n21 } = ({ 0: 3 });
      }
      rec1(Math.max());
      break;
    }
  }
}
const adder22 = (k) => (v) => v + k;
const add23 = adder22(Math.floor((-1.5e300)));
if ([(-.5)].includes((+[2, (-31), 8, 4, (-2147483647), 2147483648]))) {
  function mk24(start, step = 1) {
    let c25 = start;
    return () => {
      c25 += step;
      return c25;
    };
  }
  const ctr26 = mk24((-.5));
  const a27 = [(1 / 0)].concat([(-1e21), 4]).slice().sort().filter((p30) => (Math.max(p30) >= (p30 + p30))).slice(0, 16);
}
return [x2];
