// Kitwork fuzz failure, program seed 1299376021
// reason: V8 returned, VM threw
// V8: ok [1000,false,"0,15,7,10",[3]]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1299376021

const n1 = (false ? 8 : 1e3);
const b2 = (([[]] && (-n1)) == undefined);
if (true) {
  const f3 = (p4) => {
    let a5 = Array.from({ length: 5 }, (_, i6) => i6 * (-3.75));
    let x7 = (({ p: ({ "0": 4 }), q: { r: n1 } }) || (!(b2 ? p4 : "0")));
    let w8 = 0;
    do {
      w8++;
      a5 = a5.slice().sort();
      p4 = `\n${0xff} end`.slice(0, 48);
    } while (w8 < 15);
    return ({ z_: 9 });
  };
} else {
  let caught11 = null;
  try {
    if (("s" !== undefined)) {
      var n12 = Math.sign(n1);
    } else {
      var n13 = (Math.floor((n1 + n1)) + "\u0041\x42".length);
      ++n13;
    }
    let n14 = n1;
    const o15 = ({ "x": (n14 & n1), c: [2147483648, (-3), 5, (-5)].length });
  } catch (e16) {
    caught11 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
  }
  for (const it17 of Object.keys(({ x: n1, k1: 5 }))) {
    const [s18 = "", s19, s20 = 'x,y,z'] = ["back\\slash", ""].slice(2);
    if (b2) {
      const n21 = (-n1);
      var n22 = n21;
      let a23 = [10, ...[(-3), 2147483647, 4, 10].map((p24) => n22).slice(1), ...[1_000, 2147483648, 9007199254740991, (-0b101), 8, 0].map(p25 => 1).map(p26 => (n22 += n22))].slice(0, 16);
    } else {
      let a27 = [...[9, 1], ...[7, 0o17, 65535, 0]].filter(p28 => ([] == null)).map((p29) => (Array.isArray(undefined) ? ["  pad  ", "q\"uote"].length : Math.trunc(p29))).slice(0, 16);
    }
  }
}
const s30 = [(-0), 0o17, 7, 10].join(",").slice(0, 48);
if (((8 / n1) > [].length)) {
  const n31 = (+"back\\slash");
  for (const it32 of Object.keys(({ c: 7, y: (-5e-324), b: 3, 10: (-1000) }))) {
    const { c: n33, len: n34 } = ({ k1: (-1.5e300), n1 });
    let w35 = 0;
    while (w35 < 15) {
      w35 += 1;
      const x36 = null;
      const o37 = ([].concat([9, (-3), (-1e-7), 1]).includes((+[])) ? ({ ...(b2 ? ({ k1: 2.5, y: (1 / 0), "a": 8, "10": 1 }) : ({ b: (-100), "c": 20 })), c: s30.length }) : ({ ...(true ? ({}) : ({ "10": 9, x: 3, k1: 5 })), ...({ 2: 3, b: n31, c: 4 }) }));
    }
  }
  var s38 = "true".toUpperCase();
}
const a39 = [(-3), 3].slice(1, 5);
return [n1, b2, s30, a39];
