// Kitwork fuzz failure, program seed 211478859
// reason: different results
// V8: ok [[{},5,NaN],"$0.5",-1]
// VM: ok [[{},[-Infinity,15,NaN],NaN],"$0.5",-1]
// replay: node --import tsx test/fuzz/run.ts --replay 211478859

const a1 = [5, 0b101, (+[(-1 / 0), 0o17, (0 / 0)])];
if (0 < a1.length) a1[0] = (({}) ?? 3);
if ([].includes("x,y,z")) {
  for (const it2 of `:${"s"} end`) {
    switch (Math.ceil(9007199254740993)) {
      case (-1): {
        break;
      }
      default:
        const s3 = ([(-1e21), (-1e-7), 1, (-4294967295), 256].map(p4 => 4294967295).includes((a1[(-65535)] ?? 6)) ? (it2[0] ?? '0') : `:${a1.map((p5, i6) => i6)} end`).slice(0, 48);
        break;
    }
    for (let i7 = 0; i7 < 5; i7 += 3) {
      let b8 = (a1.filter(p9 => true).indexOf((false ?? i7)) === (undefined ?? (10 - i7)));
      let o10 = ({ ...({ 2: 1.5, b: (i7 ^ i7), ["k" + 1]: (-7) }), len: Math.trunc(Math.abs(i7)) });
      const s11 = "Hi there";
    }
  }
} else if ((typeof ({}) === "number")) {
  let [n12, n13, n14 = (-8)] = [...[8, 1_000, 10, (-0)], ...[(1 / 0), (-1e21), 4, 7]];
  var s15 = JSON.stringify([[]]).slice(0, 48);
}
if ((7 > 3)) {
  let w16 = 0;
  do {
    w16++;
    let caught17 = null;
    try {
      let b18 = (`${(undefined || a1)}\n${(undefined === undefined)}a${["Hi there", "tab\tend", "null"]}!` == JSON.stringify((0 > 0xff)));
      let { a: n19 = (1 / 0), x: n20 = (-1e3), c: n21 } = ({ y: (-9007199254740991), ["c"]: 8 });
      const { len: n22, a: n23 = 4, b: n24, ...o25 } = (true ? ({ "10": (-0) }) : ({ "y": 0.5, x: 9007199254740991, z_: 0 }));
    } catch (e26) {
      caught17 = typeof e26?.message === "string" && e26.message.slice(0, 2) === "u:" ? e26.name + "/" + e26.message : (e26?.name ?? e26);
    }
    if ((typeof undefined === "undefined")) continue;
    if (("1e3" >= "hello")) {
      const o27 = ({ 2: (-2147483648) });
    }
  } while (w16 < 3);
} else if ((!a1)) {
  let w28 = 0;
  while (w28 < 1) {
    w28++;
    let caught29 = null;
    try {
      const sa30 = "true".split(",").filter((p31) => (1 <= 0o17));
      a1.pop();
      if ((({ ...({ y: 1, b: 2.5, z_: 2147483647, a: 0b101 }), y: 8 }) >= Math.abs(4294967296))) throw new RangeError("u:bad");
    } catch (e32) {
      caught29 = "outer";
    } finally {
      let a33 = a1;
      let s34 = "a b c";
    }
  }
}
return [a1, `$${0.5}`, [].indexOf((-2147483648))];
