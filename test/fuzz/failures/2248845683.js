// Kitwork fuzz failure, program seed 2248845683
// reason: different results
// V8: ok [{"2":-4294967296},["2"],null,"string",NaN]
// VM: ok [{"2":-4294967296},["2"],"2,1,1,0",[2,1,1,0],NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 2248845683

for (let i1 = 0; i1 < 11; i1 += 1) {
  if ((`x=${i1}$${3}` != ("b" + 'Hi there'))) {
    var n2 = i1;
  }
  var n4 = [(-1_000), (0 / 0), 1.5e300].join().length;
  const s5 = "x,y,z".toUpperCase().slice(1, 1);
}
const o6 = ({ ...({}), ...(true ? ({ 2: (-4294967296) }) : ({ 2: (-123.456), "len": 5, 0: (-0.1), y: 256 })) });
for (let i7 = 7; i7 > 0; i7--) {
  const f8 = (p9 = "") => {
    if (((false ? [5, .5, (-10)] : [1.5, 1e21, 4, (1 / 0)]) !== ("s" - p9))) throw (+[]);
    return ((p9 == p9) && (i7 <= (-8)));
  };
}
if ([1e3, 65535, (-3.75), 3].slice().sort().includes([4, 0b101, 6].length)) {
  for (const it12 of [5, 0.5, (-4294967296), 0]) {
    const sa13 = [].map(p14 => 'ÅÉü').concat(["hello", "", 'MiXeD', 'single', "b"].map(p15 => "MiXeD")).slice(0, 16);
  }
}
let sa16 = Object.keys(o6);
const f17 = function (p18, p19) {
  ++p18;
  let b20 = ("tab\tend" == "  pad  ");
  for (const it21 of sa16) {
    if (true) {
      let o22 = ({ ...({ z_: (-.5), c: 9, b: 2 }), b: p19 });
      const n23 = ((it21 != it21) ? "-7".indexOf(it21) : (1 / 0));
    } else {
      let { a: n24 = 4 } = ({ 0: p18, k1: p18, "len": 5, p19 });
      let s25 = "line\nbreak".slice(4);
    }
  }
  return JSON.stringify([(-1e-7)].slice(1, 4), null, 2).slice(0, 48);
};
let caught26 = null;
try {
  let b27 = (![true]);
  let o28 = ({ len: 4, b: (-1) });
  o28 = ({ ...o28, ...({ ["k" + 1]: 0.1 }) });
  if (b27) throw new RangeError("u:range");
} catch (e29) {
  caught26 = "outer";
} finally {
  if (("zz" == "true")) {
    const sa30 = ("a".at((-3)) ?? "").split(" ").slice((-1));
    var s31 = JSON.stringify(10).slice(0, 48);
    const b32 = "Hi there".toUpperCase().startsWith(f17(6, 31));
  }
  let caught33 = null;
  try {
    const n34 = "0".charCodeAt(2);
    if (("-7" < "  pad  ")) throw null;
  } catch (e35) {
    caught33 = typeof e35?.message === "string" && e35.message.slice(0, 2) === "u:" ? e35.name + "/" + e35.message : (e35?.name ?? e35);
  } finally {
  }
}
return [o6, sa16, caught26, (typeof "a-b-c"), (+[2, 1, 1, 0])];
