// Kitwork fuzz failure, program seed 1577062939
// reason: V8 returned, VM threw
// V8: ok [8,{"10":-32}]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1577062939

const n1 = ((-0) + 8);
if ((!n1)) {
  let b2 = ["q\"uote", 'null', "ÅÉü", "a b c"].includes('a-b-c'.slice());
  for (let i3 = 0; i3 < 13; i3 += 2) {
    for (const it4 of [(-20)]) {
      const s5 = (('Hi there'[3] ?? "null") + "  pad  ").repeat(0).slice(0, 48);
    }
    if ((9 > i3)) {
      const b6 = Array.isArray("s");
      var b7 = (n1 === i3);
      let n8 = Math.min(Math.abs(i3), 9007199254740993);
    } else {
      b2 = b2;
    }
  }
}
if ((n1 !== n1)) {
  switch ((n1 >>> n1)) {
    case (-0):
      var n9 = (((n1 - n1) % [(-7), 1000, 100, (-32)].indexOf(n1)) >> Math.floor((n1 % n1)));
      break;
    case 1:
      let w10 = 0;
      while (w10 < 1) {
        w10++;
        if (((typeof 1 === "string") && true)) break;
      }
      let o11 = ({ len: "ab".length, 2: (w10 >>> n1), "b": 20, 10: "a".length });
    case (0 / 0):
  }
  let sa12 = [].join().slice(3).split(",").slice(0, 16);
} else if ((true && false)) {
  let n13 = ((Math.trunc(0) != n1) ? (+true) : ((10 ^ (-0)) ** 1));
}
for (let i14 = 0; i14 < 17; i14++) {
  if (false) {
    var b15 = (true && false);
  } else if (("ab".length !== "  pad  ".indexOf("0"))) {
    if (([].includes((1 / 0)) && [9007199254740991].includes((0 / 0)))) continue;
  } else {
    for (let it16 of Object.keys(({ ...({ y: (-1000), 0: 0o17, "c": (-2.5) }), a: i14 }))) {
      const n17 = n1;
    }
    const sa18 = ["b", "Hi there", "x,y,z"].filter((p19) => false);
  }
  let b20 = false;
}
if (false) {
  if ((typeof (true ? "" : null) === "boolean")) {
    var o21 = ((false || true) ? ({ 0: 256, y: 9007199254740991, "z_": 1, c: (-4) }) : ({ 10: 10, x: n1 }));
    let [n22 = 0] = [(-42), 3, (-4294967296), n1];
  }
}
const o23 = ([].includes((+[1, (-2147483648), 1e-7])) ? ({ 2: (-10), y: 7 }) : ({ "10": (-32) }));
return [n1, o23];
