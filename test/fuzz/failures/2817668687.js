// Kitwork fuzz failure, program seed 2817668687
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:😀x
// VM: throw <value>: Error: u:😀x
// replay: node --import tsx test/fuzz/run.ts --replay 2817668687

for (let i1 = 7; i1 > 0; i1--) {
  let caught2 = null;
  try {
    for (const it3 of `\n${false}\`q`) {
      let b4 = ([(-0.1)].concat((-65535)).map((p5) => i1) > (((-4) !== i1) ? (true ? ({ c: 0, x: 1 }) : ({ z_: 3 })) : ({ "y": 9, k1: i1, c: 65535, b: (0 / 0) })));
      b4 = b4;
      const o6 = ({ 10: 8, len: 5 });
    }
    let n7 = ((i1 * 1) * i1);
    switch ((1 / 0)) {
      case "1":
        break;
      case 10:
        break;
      case (0 / 0): {
        let { b: n8 = (-0b101), c: n9 = 10 } = ({});
        let b10 = Array.isArray(("s" ?? ["a", "back\\slash", "12"]));
        break;
      }
      case 0:
        if ((1_000 > "")) continue;
        break;
    }
    if ((i1 == n7)) throw new Error("u:" + ('single'.at(3) ?? ""));
  } catch (e11) {
    caught2 = typeof e11?.message === "string" && e11.message.slice(0, 2) === "u:" ? e11.name + "/" + e11.message : (e11?.name ?? e11);
  }
  switch (Math.min(i1)) {
    case (0 / 0):
      switch (("s" ?? i1)) {
        case (0 / 0):
          if ((!({ ...({ k1: 0 }), a: (-0) }))) continue;
        case "1": {
          const x12 = [['single', "3.5"], ({ len: (true + i1), "y": 6, x: 0o17 })];
          break;
        }
      }
      for (const it13 of [6, 0xff, i1, 2]) {
        const o14 = ({ ...({ k1: 2, b: (-4), c: (1 / 0) }), a: i1 });
      }
      break;
  }
}
const adder15 = (k) => (v) => v - k;
const add16 = adder15((10 * 16));
if (((true + 10) >= Math.min(4))) throw new Error("u:" + "😀x");
if (false) {
  if (("true" <= "ÅÉü")) {
    let o17 = ({ "x": (-10) });
  }
} else {
  const s18 = (Number.isInteger(1) ? "zz".toUpperCase() : "  pad  ").slice();
  const [n19 = 2, ] = [0.2].map(p20 => 1);
}
return [[(0 / 0)].includes((-32)), "a b c".toUpperCase()];
