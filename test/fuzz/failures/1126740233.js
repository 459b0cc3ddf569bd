// Kitwork fuzz failure, program seed 1126740233
// reason: V8 returned, VM threw
// V8: ok [0,true,["-7","12","a","single","a"],15,{"0":-1.5e+300,"2":0,"a":6,"y":0},[7,-2.5,2,-1],true,-1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1126740233

const n1 = (Number.isInteger("\u0041\x42".charCodeAt(2)) ? 1 : 0);
var b2 = ([(-0), 1_000, 4, (-0.2)].map(p4 => 8).map((x3) => x3 + "") < (typeof n1));
var sa5 = Object.keys(({ a: 6, "b": 5, len: 9, c: 2 }));
for (var i6 = 0; i6 <= 14; i6++) {
  const f7 = (p8) => {
    const [n9 = 3, n10 = (-1 / 0), n11, ...a12] = [1, (-0), 4, (-4294967295)];
    return "abc,def";
  };
  if ((!(({}) ?? 1))) {
    for (const it13 of sa5) {
      if (sa5.length < 40) sa5.push([0, 3, 3].join("-").slice(0, 48));
      const [n14 = 5, ...a15] = [(-2147483647), (1 / 0), 0, 1, 4].filter((p16) => true);
    }
    b2 = false;
  } else if ((!n1)) {
    const b17 = (!i6);
  }
  var a18 = [((0 ?? n1) | (1 ?? n1)), ("a".indexOf("MiXeD") ** (-1)), 2.5, (-10), 7];
}
if ((({}) === null)) {
  sa5.sort();
  let caught19 = null;
  try {
    let caught20 = null;
    try {
      sa5 = sa5;
    } catch (e21) {
      caught20 = typeof e21?.message === "string" && e21.message.slice(0, 2) === "u:" ? e21.name + "/" + e21.message : (e21?.name ?? e21);
    }
    b2 = b2;
    sa5.sort();
    if ((caught20 == undefined)) throw new Error("u:" + JSON.stringify(9007199254740991, null, 2));
  } catch (e22) {
    caught19 = typeof e22?.message === "string" && e22.message.slice(0, 2) === "u:" ? e22.name + "/" + e22.message : (e22?.name ?? e22);
  }
} else if ((true && false)) {
  let w23 = 0;
  do {
    w23++;
    if (sa5.length < 20) sa5.push('single');
  } while (w23 < 12);
  sa5.sort();
} else {
  let o24 = ({ ...({}), ...({}) });
  const o25 = o24;
}
const o26 = ({ ...({ ...({ a: 6, "0": (-1.5e300), 2: n1 }), y: (-3) }), y: n1 });
var a27 = [7, (-2.5), 2, [3, (0 / 0), 1e3, 2, 0.1, 5].map((p28, i29) => n1).indexOf((+({})))];
for (let i30 = 0; i30 < 15; i30 += 3) {
  var o31 = (b2 ? ({ "b": 4 }) : o26);
  const o32 = o26;
}
sa5 = sa5;
sa5 = ["-7", "12", "a", 'single', "a"];
return [n1, b2, sa5, i6, o26, a27, true, "12".indexOf("b")];
