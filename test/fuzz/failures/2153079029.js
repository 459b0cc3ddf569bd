// Kitwork fuzz failure, program seed 2153079029
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:ÅÉü
// VM: throw <value>: Error: u:ÅÉü
// replay: node --import tsx test/fuzz/run.ts --replay 2153079029

for (let i1 = 0; i1 < 17; i1 += 2) {
  const acc2 = (() => {
    let total = 0;
    const items = [];
    return {
      add: (v) => {
        total += v;
        if (items.length < 32) items.push(v);
        return total;
      },
      get: () => total,
      list: () => items.slice(),
    };
  })();
  if (false) {
    const o3 = ({ ...((!undefined) ? ({ ...({ z_: 3, "0": 1, y: 8 }), k1: i1 }) : ({ "k1": 9 })), x: (-9007199254740993) });
  } else if ([8, (0 / 0), 42, (0 / 0)].includes(9)) {
    const n4 = ((-4) ?? ([].length + "line\nbreak".length));
    for (const it5 of Object.keys(({ ["n" + 2]: (-2147483647) }))) {
      const [n6 = (-16)] = [(0 / 0)].filter((x7) => x7 === x7).sort((x7, y8) => x7 - y8);
      var s9 = `:${"ab".toUpperCase()}\n${[0].filter(p10 => true)}:${it5.toUpperCase()} end`.slice(0, 48);
    }
  }
}
if (Number.isInteger(0.1)) {
  const n11 = ((10 - 3) - ["a", "3.5", "a b c"].length);
}
const [n12 = (-1.5e300), n13 = (-1.5)] = [2, 10, (0 / 0)].filter((x14) => x14 === x14).sort((x14, y15) => x14 - y15);
const [n16, n17 = (-5)] = [65535, 2, n13, n13];
if ("q\"uote".startsWith("MiXeD".slice(6))) throw new Error("u:" + (true ? "ÅÉü" : 'single'));
for (let i18 = 0; i18 < 14; i18 += 2) {
  let caught19 = null;
  try {
    let o20 = ({});
    const x21 = o20?.a;
    if ((n12 != n17)) throw new RangeError("u:range");
  } catch (e22) {
    caught19 = typeof e22?.message === "string" && e22.message.slice(0, 2) === "u:" ? e22.name + "/" + e22.message : (e22?.name ?? e22);
  } finally {
    let w23 = 0;
    while (w23 < 2) {
      w23++;
      let b24 = ["b", "  pad  ", "x,y,z", 'hello'].filter((p27) => true).slice().sort((x25, y26) => x25.length - y26.length).includes(JSON.stringify(n17).padEnd(9, "ab"));
      let n28 = [].slice((-3), 3).reduce((acc29, x30) => acc29 - x30, 0);
    }
  }
  if (false) {
    const s31 = ((typeof ({})).slice((-4)) + "abc,def").slice(0, 48);
    let [s32, ...sa33] = ["MiXeD", "a-b-c", "Hi there", "abc,def", "a"];
  } else {
    const b34 = (!undefined);
  }
  const a35 = Object.keys(({ x: 7 })).map((q36) => q36.length);
}
return [n12, n13, n16, n17, (Number.isInteger(n12) ? 1 : 0)];
