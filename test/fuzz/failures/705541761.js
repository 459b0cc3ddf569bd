// Kitwork fuzz failure, program seed 705541761
// reason: V8 returned, VM threw
// V8: ok [0.5]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 705541761

if ([''].includes("a b c")) {
  var b1 = (!({ ...({ "b": (-2.5), z_: 4294967296 }), z_: 3 }));
} else if (["a b c"].includes("b")) {
  let o2 = ({ "len": 8 });
  const s3 = "abc,def";
} else {
  const b4 = (9007199254740991 != 10);
  var s5 = "a b c";
}
switch (((-3) / (-255))) {
  case 10:
    const s6 = (true ? "true" : "back\\slash").repeat(0).slice(0, 48);
    break;
}
if ((3.75 <= (-3.75))) {
  for (var i7 = 0; i7 <= 11; i7++) {
    const sa8 = [];
    let a9 = [2, (-2.5), 9007199254740993, 5, 1, (-1)].slice(3, 4);
  }
  const s10 = 'single';
  const n11 = Math.max([1, 3, 3.75, (-1 / 0)].reduce((acc12, x13) => acc12 * x13, 1), (["0"].length >>> (i7 - 0.2)), ((true || false) ? (true + i7) : (false + 100)));
} else if (((0 / 0) >= 4)) {
  for (let i14 = 0; i14 < 11; i14 += 2) {
    for (let i15 = 0; i15 < 7; i15 += 2) {
      const x16 = `${((-(true ? i15 : i15)) % [].map(p17 => i14).join("|"))}`.slice(0, 48);
      let [n18, n19, ] = [1, i14, (-1 / 0), 1, (-16), 2];
      var x20 = ((i15 !== i14) ? (n19 ?? ["MiXeD"]) : null);
    }
  }
} else {
  let { b: n21 = 10 } = ({ "10": (-5) });
}
for (let i22 = 9; i22 > 0; i22--) {
  var x23 = ({ 0: (-123.456) });
  if ((Math.max(i22) !== ((-4) * 5))) {
    const a24 = [(-1 / 0), (0 / 0)].concat([]).concat((+[(-1_000), 8])).slice(0, 16);
    x23 = false;
    const s25 = (false ? "0" : "null").slice();
  }
}
function f26(p27, p28 = 1_000) {
  let caught29 = null;
  try {
    p27 = p27;
    if (["MiXeD", "a-b-c", "ÅÉü", "ab", 'b'].includes("")) return 5;
    var n30 = Math.sign(p28);
    if (("x,y,z" == "abc,def")) throw (p28 / 4294967296);
  } finally {
    if ([0.1, 0.1, 2.5].includes(p28)) {
      if (true) return [null, "zz", ({ "0": 2147483648, "len": 2147483647 }), ["0"]];
    } else {
      let { b: n31 = 0, c: n32 } = ({ ...({}), k1: p28 });
      const o33 = ({ "z_": n31, k1: 2.5 });
    }
  }
  return ((typeof null === "boolean") ? (p28 <= 1) : undefined);
}
return [0.5];
