// Kitwork fuzz failure, program seed 3199634108
// reason: different results
// V8: ok [null,"abc,def",Infinity]
// VM: ok [null,"Infinity",Infinity]
// replay: node --import tsx test/fuzz/run.ts --replay 3199634108

for (const it1 of ('3.5'[1] ?? "b")) {
  if ((it1 >= "true")) {
    for (const it2 of []) {
      var a3 = [9, 10, 2].map((p4, i5) => i5);
    }
    if (((-2.5) === 1e3)) {
      let a6 = (true ? [9, 0, (-0)].slice((-2), 6) : Array.from({ length: 5 }, (_, i7) => i7 * 8));
      let o8 = ({ ...({ x: 9007199254740993, k1: 123.456, c: 5, 2: 4 }), len: (7 << 2) });
    }
    var b9 = ((-0) == 0.2);
  } else if ([8, (0 / 0), 1].includes(7)) {
    let w10 = 0;
    do {
      w10++;
      var n11 = [(-31), 1, (-3.75), 3, 31].indexOf(1);
      let a12 = it1.split(", ").map((q13) => q13.length);
    } while (w10 < 3);
    const b14 = ([9007199254740993, 6, 3.75, 9007199254740993, (0 / 0)].indexOf((-0.5)) != it1.charCodeAt(1));
  } else {
    switch ((0 / 0)) {
      case 3:
    }
    var n15 = (.5 * 2147483647);
  }
}
let caught16 = null;
try {
  const a17 = (("ÅÉü" == "MiXeD") ? [...[6, 100, 10, 0xff, (-1 / 0), 32], ...[(-2147483647), 2.5, 2, 7, (-.5)]] : [(-2.5), ...[], ...[(-0), 1, 8]]).filter(p18 => (("q\"uote" <= "1e3") && (typeof [] === "undefined"))).slice(0, 16);
  for (let i19 = 0; i19 < 4; i19 += 1) {
    switch (Math.floor(i19)) {
      case 0:
        let a20 = [];
        a20 = a17.map((p21) => 0.2);
        break;
      case 2: {
        let o22 = ({ b: i19, x: 7, a: (-65535), ["c"]: 8 });
        const o23 = ({ ...({ "len": 1, a: 0, c: 3 }), z_: (1 ?? (-7)) });
      }
      case (0 / 0): {
      }
      case 10:
        let [n24 = 6, n25, n26, ...a27] = [i19, i19];
        const x28 = `${((8 + "b").toUpperCase() * n24)}`.slice(0, 48);
      default: {
        a17.pop();
        if ((typeof "" === "object")) continue;
        break;
      }
    }
  }
  const x29 = ({});
  if (["Hi there", "q\"uote"].includes('a')) throw ((-16) / 0.2);
} catch (e30) {
  caught16 = typeof e30?.message === "string" && e30.message.slice(0, 2) === "u:" ? e30.name + "/" + e30.message : (e30?.name ?? e30);
}
return [caught16, (true ? "abc,def" : "0"), (+[(1 / 0)])];
