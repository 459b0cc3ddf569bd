// Kitwork fuzz failure, program seed 3198663328
// reason: V8 returned, VM threw
// V8: ok [["12","  pad  "],["12","  pad  "]]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3198663328

const sa1 = ['12', "  pad  "];
const sa2 = [...sa1].sort((x3, y4) => (x3 < y4 ? 1 : x3 > y4 ? -1 : 0));
if ([0, 2].map((x5) => `${x5}`).includes('single'.slice((-2)))) {
  var n6 = (Math.sign(7) / Math.abs(31));
  n6 &= ("".length + (-n6));
  let b7 = (((-20) <= false) || ((-n6) != (+false)));
} else if ([...[(-65535), 256, 42]].filter((x8) => x8 === x8).sort((x8, y9) => y9 - x8).includes((+({})))) {
  for (const it10 of Object.keys(({ ...({ a: 4 }), k1: (0 / 0) }))) {
    let caught11 = null;
    try {
      const o12 = ({ "2": (1 / 0) });
      if (["a b c"].includes(it10)) throw new Error("u:" + it10.padEnd(9, "*"));
    } catch (e13) {
      caught11 = typeof e13?.message === "string" && e13.message.slice(0, 2) === "u:" ? e13.name + "/" + e13.message : (e13?.name ?? e13);
    }
    const a14 = [(-31), 2.5, 10, (-0o17), 2, 0.2].slice((-3)).map(p15 => p15);
  }
}
const f16 = (p17 = (-1 / 0)) => "true".slice((-3)).padEnd(4);
for (let i18 = 19; i18 > 0; i18--) {
  if ((true === undefined)) break;
  var n19 = [(0 / 0)].filter((p22) => false).reduce((acc20, x21) => acc20 + x21, 1);
}
return [sa1, sa2];
