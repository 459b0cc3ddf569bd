// Kitwork fuzz failure, program seed 3771240470
// reason: V8 returned, VM threw
// V8: ok [[123.456],{"b":31},-2,{"a":-Infinity},"[123.456]"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3771240470

const s1 = `a${7} ${4}:${[9007199254740993, 3, (-1e3)]}!`.slice(0, 48);
for (let it2 of [(-1_000)]) {
  for (const it3 of [4, (-0)]) {
    const n4 = [0.1, (-3.75), 0.1].map((x5) => `${x5}`).length;
    const [n6, ...a7] = (true ? [8, 9, 2147483647, (0 / 0)] : [2]);
  }
  if ([(-2.5), (-1 / 0), 10, (-1), (-.5)].filter((p8) => true).includes(it2)) {
    let n9 = [0xff, 6, (-0b101), 1, .5].filter((x10) => x10 === x10).sort((x10, y11) => x10 - y11).concat((it2 << it2)).length;
  } else {
    if ((true && true)) {
      const n12 = [].map(p13 => it2).indexOf((+[(-0b101), (-1 / 0), (-1 / 0), 0.1, 1, 2]));
      if ((((1 / 0) / (-20)) == (n12 & it2))) continue;
      const a14 = [6, 1.5e300];
    }
    if (Array.isArray([])) {
      let s15 = s1;
    } else {
      const sa16 = [...[3, (-1.5), 9, 7], ...[4294967295, (-20), (-2147483648)]].map((x17) => x17 + "").slice(0).slice(0, 16);
    }
  }
}
let n18 = Math.max(9);
if ((32 <= n18)) {
  for (let i19 = 0; i19 < 18; ++i19) {
    let a20 = [(-42), 5, (-2.5)].slice(0, 3).filter((x21) => x21 === x21).sort((x21, y22) => x21 - y22).map((p23, i24) => s1.toUpperCase().length);
    var a25 = a20.filter((p26) => (a20.join("|") !== s1)).slice(0, 16);
    let sa27 = [];
  }
}
const n28 = (((n18 += n18) < (2 >> n18)) ? n18 : Array.from({ length: 6 }, (_, i29) => i29 * (-1 / 0)).indexOf(n18));
const a30 = [123.456, (-9007199254740991)];
let o31 = ({ ...({ ...({ 2: 2147483647, b: (-0) }), ...(false ? ({}) : ({ 2: 1, x: (-32), z_: 3 })) }), c: (a30[Math.sqrt(n28)] ?? 4294967295) });
const o32 = ({ a: (-1 / 0) });
var n33 = (-a30.length);
for (var i34 = 0; i34 < 6; i34 += 2) {
  const s35 = (true ? s1 : s1);
  o31 = ({ b: 31 });
}
const o36 = o32;
function rec37(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec37(n - 1) + rec37(n - 2);
}
const n38 = 7;
n18 = a30.pop() ?? (-0);
return [a30, o31, n33, o36, JSON.stringify(a30)];
