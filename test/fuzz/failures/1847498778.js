// Kitwork fuzz failure, program seed 1847498778
// reason: different results
// V8: ok [0.2,2,0.2,0,7,""]
// VM: ok [0.2,"7",[7],0,7,""]
// replay: node --import tsx test/fuzz/run.ts --replay 1847498778

let [n1, n2] = [0.2, 2];
function mk3(start, step = 1) {
  let c4 = start;
  return () => {
    c4 += step;
    return c4;
  };
}
const ctr5 = mk3(4, (-0o17));
const ctr6 = mk3(6);
if (true) {
  if ((false && false)) {
    let s7 = (9 + 'single').toUpperCase().charAt(4).slice(0, 48);
    let s8 = "abc,def".split("|").join("-");
    n1 = (true ? [(1 / 0), 4294967296, 255] : undefined);
  } else if ((false && true)) {
    if ((({ p: true, q: { r: false } }) >= (true && false))) {
      const s9 = "true".split("|").slice((-2)).join("|").slice(0, 48);
    }
    switch (Math.round(2)) {
      case 0:
        var a10 = [(-0), 2.5, (-0)].slice().sort();
        break;
      default: {
        const b13 = true;
        break;
      }
      case (-0): {
        break;
      }
      case 2: {
        let n14 = (((n1 >= true) ? Math.trunc(2) : ctr6()) % (((-7) / 42) * [].reduce((acc15, x16) => acc15 * x16, 1)));
        break;
      }
    }
  } else {
    const b17 = ((typeof ["zz", "b", "12"]) == ((typeof "q\"uote")[1] ?? "b"));
    for (let i18 = 0; i18 < 20; ++i18) {
      const n19 = "hello".indexOf("a-b-c");
      let [n20 = 1, n21 = 10, ...a22] = [2].map(p23 => 0);
      let s24 = ((ctr6() * "  pad  ".indexOf("q\"uote")) + ([(-4), (-10), 1, 1, (-0), 3].includes((-1 / 0)) ? "Hi there".padEnd(0, "0") : "-7".toUpperCase())).slice(0, 48);
    }
  }
} else {
  if ((0 === 0xff)) {
    for (const it25 of (false ? "back\\slash" : "12")) {
      n2 &&= `${({ p: (10 != 1), q: { r: [20, 100, 10, 1e3, 100].concat([6, 0.5, 42]) } })}`.slice(0, 48);
    }
  } else if ((("" !== null) && (7 > 4294967296))) {
    let a26 = [((-32) % (-1.5)), Math.min(.5, 8, 5)];
  }
}
const n27 = (n1 ?? 0);
const [n28 = 6, ] = [(0 / 0), 2147483647, 6, 0].slice().sort();
return [n1, n2, n27, n28, (+[7]), "0".slice(1, 4)];
