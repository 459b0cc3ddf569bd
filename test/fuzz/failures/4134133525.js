// Kitwork fuzz failure, program seed 4134133525
// reason: V8 returned, VM threw
// V8: ok [42,["zz","hello"],42,256,"-7[object Object]","object"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 4134133525

const [, n1 = (-0)] = [(-1_000), 42].concat([1]);
let sa2 = JSON.stringify(["hello", "MiXeD", "tab\tend", "0"].slice(0), null, "  ").split("").slice(0, 16);
let caught3 = null;
try {
  sa2 = ['abc,def', ''];
  const n4 = n1;
  const o5 = (false ? ({ 10: (-0) }) : ({ z_: 5, b: 1, y: 2 }));
  if ((n4 < n1)) throw [3, 1_000];
} catch (e6) {
  caught3 = typeof e6?.message === "string" && e6.message.slice(0, 2) === "u:" ? e6.name + "/" + e6.message : (e6?.name ?? e6);
}
const acc7 = (() => {
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
let { len: n8 = 256, a: n9 = 5, c: n10 = 2 } = ({ len: n1, y: (-0b101), ["c"]: 256 });
if (sa2.map((p11) => "b").includes(("12" + ({ a: (1 / 0), 2: 2 })))) {
  n8++;
} else if ((true && false)) {
  var s12 = "abc,def".toUpperCase().slice((-3), 1);
} else {
  let w13 = 0;
  while (w13 < 10) {
    w13++;
    sa2 = ["zz", "hello", 'x,y,z'];
    let a14 = sa2.map((q15) => q15.length);
    if (a14.length < 8) a14.push((+({})), Math.abs(2));
  }
}
const f16 = p17 => 'true'.split("-").slice().sort();
sa2.pop();
for (let i20 = 0; i20 <= 8; i20 += 1) {
  n9 ||= Math.abs(i20);
  if (((i20 > 8) && ([] === null))) {
    if ([(-1)].includes(i20)) {
      n10 **= 2;
      n9 >>= [255, 4].indexOf(3);
      const o21 = ({ ...({ a: (-255), b: 3, x: 7 }), ...({ "2": 2 }) });
    }
  } else if ((("zz" + "\u0041\x42") === "back\\slash".slice())) {
    let s22 = "";
    n9 *= (n1 % (i20 - n1));
  } else {
    let n23 = Math.trunc(i20);
  }
}
return [n1, sa2, n8, n10, ("-7" + ({ "10": 1e21, k1: 1_000, "b": 4 })), (typeof ({ c: 5 }))];
