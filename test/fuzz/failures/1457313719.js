// Kitwork fuzz failure, program seed 1457313719
// reason: V8 returned, VM threw
// V8: ok [15,true,false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1457313719

for (var i1 = 0; i1 < 15; i1 += 1) {
  if (true) continue;
  for (let i2 = 0; i2 <= 15; i2 += 1) {
    let a3 = [4, (-1000), [10, (-0o17), (0 / 0), 1e21].map((p4) => i1).length, (Math.floor(i2) & i2), (-20)];
    const o5 = ({ z_: 8, b: (false ? 123.456 : i1), len: (0 / 0) });
  }
}
for (let i6 = 0; i6 < 4; i6 += 3) {
  const s7 = (typeof ({ y: 1e21, len: (-2) }));
  var o8 = ({ y: i1, "c": i6, z_: (-0) });
}
for (let i9 = 0; i9 <= 12; i9 += 1) {
  const acc10 = {
    total: 0,
    items: [],
    add(v) {
      this.total += v;
      if (this.items.length < 32) this.items.push(v);
      return this.total;
    },
    get() { return this.total; },
    list() { return this.items.slice(); },
  };
}
if ((!20)) {
  if (("true"[0] ?? "a-b-c").startsWith('hello'.toUpperCase())) {
    const s11 = [1_000, 0, 1, 1e-7].map((p12) => 4).map(p13 => [(-1.5)].length).join("-").slice(0, 48);
    for (const it14 of `${3.75}${["hello", 'null', "MiXeD"]}\`q`) {
      const s15 = (typeof ['ab', "", "3.5"]);
      let a16 = [0, 6, (-1e3)].concat(["a b c", "\u0041\x42", "12", 'Hi there', "-7"].map((q17) => q17.length)).slice(0, 16);
    }
  }
  if (["\u0041\x42", "a-b-c", "12"].includes("a-b-c")) {
    if (("  pad  " !== 'Hi there'.padStart(9))) {
      const n18 = ("b" + [(0 / 0), 9007199254740991, (-5e-324)].filter(p19 => true)).length;
      let s20 = (true ? '3.5' : '-7');
      let n21 = s20.indexOf(s20);
    } else {
      const o22 = (true ? ({ "10": (-16), 0: (1 / 0), z_: 4294967296, len: .5 }) : ({ a: (-65535), 10: (-3), y: (-3.75), c: (-256) }));
    }
  } else {
    for (const it23 of (true ? "0" : "hello")) {
      const sa24 = ["abc,def"];
      if (sa24.length < 20) sa24.push(it23);
    }
    for (let i25 = 0; i25 <= 5; ++i25) {
      const a26 = [0o17, ...[8, ...[123.456, 42, (-2.5), 1e21].slice(2, (-1)), ...[]], ...(true ? [3.75, (-1e3), (-1 / 0)] : [(-20), 10, (-0o17), 4294967295]).filter((x27) => x27 === x27).sort((x27, y28) => x27 - y28)].slice(0, 16);
    }
  }
} else if ([10, 5, (0 / 0), 8, 7].filter(p29 => false).includes((+[1]))) {
  const n30 = [(0 / 0), 0, 8, (-1e-7), (0 / 0)].indexOf(i1);
  const n31 = JSON.stringify((false ? [10, 2] : [(-1.5), 1, 10, 2147483648, 2, (-0.2)])).indexOf((typeof ["hello", "ab", "Hi there"].filter(p32 => true)));
} else {
  const n33 = i1;
}
return [i1, (i1 >= 8), false];
