// Kitwork fuzz failure, program seed 123359755
// reason: V8 returned, VM threw
// V8: ok [[5,-4294967291,5,5,5,27,2147483648],15,undefined,"ZZ"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 123359755

var a1 = ["a-b-c", "hello", 'MiXeD', "a", "12"].map(p2 => "hello").map((q3) => q3.length).slice().sort();
for (let it6 of "x,y,z".split(",")) {
  let s7 = "😀x".padStart(9, "");
}
if ([].filter((p8) => true).includes((+[]))) {
  function mk9(start, step = 1) {
    let c10 = start;
    return () => {
      c10 += step;
      return c10;
    };
  }
  const ctr11 = mk9(2);
  const ctr12 = mk9((0 / 0), (0 / 0));
}
for (var i13 = 0; i13 < 13; i13 += 3) {
  a1 = [].map((p14, i15) => i13).concat(a1).slice(0, 16);
}
if (a1.length < 8) a1.push(a1.reduce((acc16, x17) => acc16 + x17, 2), (true + 2147483647));
const { c: n18, b: n19 = 4294967296 } = (false ? ({ "10": (-9007199254740993), b: (-0), 2: (-0), 0: 8 }) : ({ z_: 0b101 }));
if (("abc,def" === "1e3")) {
  const x20 = undefined;
  const adder21 = (k) => (v) => v * k;
  const add22 = adder21(((-16) * i13));
  if ("line\nbreak".includes("a-b-c")) {
    var b23 = (typeof x20?.p === "object");
    if ((typeof (b23 ? ({}) : null) === "object")) {
      const x24 = add22(n19);
      let o25 = ({ ...({ z_: 7 }), c: (-0xff) });
    }
    for (var i26 = 0; i26 < 3; i26 += 2) {
      b23 = [...["a b c", 'zz', '12', '3.5', "12"]].sort((x27, y28) => (x27 < y28 ? 1 : x27 > y28 ? -1 : 0)).includes(JSON.stringify(["null", "-7", "a-b-c"]));
      const n29 = Math.floor(8);
    }
  }
} else if (((!({})) == ((-255) + "b"))) {
  var n30 = (([].concat(["MiXeD"]) != "\u0041\x42".split(",")) ? i13 : 0.2);
  const a31 = (true ? a1 : a1);
} else {
  let caught32 = null;
  try {
    if (1 < a1.length) a1[1] += Math.ceil((-4294967296));
    if (false) {
      let s33 = 'MiXeD';
      a1 = a1;
    }
    const o34 = ({ len: 7, 10: 2, 0: 3.75, z_: Math.max() });
    if (true) throw "a-b-c";
  } catch {
    caught32 = "caught";
  } finally {
    const n35 = Math.max(...a1);
    const a36 = Array.from({ length: 4 }, (_, i37) => i37 * 8);
  }
}
return [a1, i13, n18, "zz".toUpperCase()];
