// Kitwork fuzz failure, program seed 808854366
// reason: different results
// V8: ok [-1,{"0":31,"10":-0},1,NaN,0]
// VM: ok [-1,{"0":31,"10":-0},"0,5,0",NaN,0]
// replay: node --import tsx test/fuzz/run.ts --replay 808854366

const n1 = ("12" + ({ z_: 2147483648 })).repeat(1).indexOf((((-0)).toFixed(1)[2] ?? "tab\tend"));
for (const it2 of Object.keys(({ ...({ b: 1, 0: 3, a: (-1.5), 2: 5e-324 }), ...({ b: 65535 }) }))) {
  if (true) {
    let a3 = "Hi there".split(", ").map((q4) => q4.length);
    if (("a" <= it2)) {
      if (["true", "1e3"].includes("\u0041\x42")) break;
      a3 = a3;
    } else {
      let a5 = [].filter(p6 => true);
    }
    let n7 = (+a3.filter(p8 => false).concat(a3.map(p9 => n1)));
  }
  const n10 = ["a-b-c", "tab\tend"].length;
}
let o11 = ({ ...({}), ...({ "10": (-0), 0: 31 }) });
if ([n1, 0, n1].includes(["back\\slash", 'b', "Hi there", "zz", "b"].length)) {
  o11 = ({ ...o11 });
  let [s12 = "😀x"] = Object.keys(o11);
}
for (var i13 = 0; i13 < 1; ++i13) {
  if (["Hi there"].includes("b")) {
    const a14 = [(-123.456), (0 / 0), 0, 2, (-0), 9].filter(p15 => false);
    if (2 < a14.length) a14[2] += (n1 * 5);
    o11.k1 = i13;
  } else if (([5e-324, 8, (-4294967296)].includes(9) || [].includes('a'))) {
    if ([5, 5e-324, (-1), 9, (0 / 0)].includes(i13)) {
      let [s16, s17 = "line\nbreak"] = "".split(", ");
    } else {
      let sa18 = ["0"].filter((p19) => "MiXeD".startsWith(p19));
      sa18 = Object.keys(o11).slice((-1));
    }
    const x20 = [];
  }
}
for (const [k22, v23] of Object.entries((false ? ({ "a": 100, x: 3, k1: (-0) }) : o11))) {
  const adder24 = (k) => (v) => v + k;
  const add25 = adder24((o11["10"] ?? 4));
  const s26 = ("line\nbreak" + ({ ...o11, a: add25(2) })).slice(0, 48);
  const f27 = (p28 = '0', p29, p30 = (-2.5)) => {
    const x31 = ({ p: ([] === undefined), q: { r: k22 } });
    let caught32 = null;
    try {
      let a33 = [(-16), 0b101, 42];
    } catch (e34) {
      caught32 = typeof e34?.message === "string" && e34.message.slice(0, 2) === "u:" ? e34.name + "/" + e34.message : (e34?.name ?? e34);
      const s35 = p28;
    } finally {
      --p30;
    }
    let o36 = ({ len: (-0.5), "2": i13 });
    try {
      return k22.toUpperCase();
    } finally {
      const s37 = p28.repeat(1).slice(0, 48);
    }
  };
}
return [n1, o11, i13, (+[(-0), 5, (-0)]), (+"0")];
