// Kitwork fuzz failure, program seed 631315859
// reason: different results
// V8: ok [{"0":4,"a":7,"x":-1.5,"len":8},true,NaN]
// VM: ok [{"0":4,"a":7,"x":-1.5,"len":8},"-4294967296,-3,1.5,-1000,0",NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 631315859

const o1 = ({ ...({ a: 5, x: (-1.5), "len": 8 }), a: 7 });
switch (["zz"].length) {
  case 10:
    break;
  case (0 / 0):
    for (var i2 = 0; i2 <= 9; i2 += 1) {
      o1.y = (true ? i2 : 6);
      for (let i3 = 7; i3 > 0; i3--) {
        const a4 = Object.entries(o1).map((e5) => e5[1]);
      }
      const { c: n6 = 4, b: n7 = 65535, ...o8 } = o1;
    }
    break;
  case 1:
    break;
  case 2:
    if ((65535 === 16)) {
      var s9 = (typeof (0 <= (0 / 0)));
      let s10 = "zz";
    } else {
      let caught11 = null;
      try {
        const n12 = (0 ** 3);
        const x13 = (({}) ?? 0);
        const b14 = ([4, 3, (-1000), (-2147483648), 4, 5].indexOf((-7))).toFixed(0).startsWith(('12' + 'abc,def').split(",").join("|"));
      } catch (e15) {
        caught11 = typeof e15?.message === "string" && e15.message.slice(0, 2) === "u:" ? e15.name + "/" + e15.message : (e15?.name ?? e15);
      }
    }
    break;
}
o1["0"] = Math.round(4);
for (let it16 of []) {
  const [n17 = 1, , n18 = 4, ...a19] = [2, (-1_000), 2.5, 8].filter(p20 => false);
  let w21 = 0;
  while (w21 < 10) {
    w21++;
    if ((true ? a19 : a19).includes(Math.ceil(.5))) {
      if (0 < a19.length) a19[0] += Math.round(it16);
      const sa22 = ["3.5", 'single', '-7', "😀x", "null"];
      const b23 = (Math.max() <= it16);
    }
    if ((![0.1, 8, 4].includes(n18))) {
      const s24 = JSON.stringify([({ y: 0xff })]).slice(3).slice(0, 48);
      const n25 = 8;
    }
    switch ((false + n17)) {
      default:
        let sa26 = Object.keys(o1);
        let s27 = sa26.join().slice(0, 48);
        break;
      case (-0): {
        const [s28, s29 = "12", ...sa30] = Object.keys(o1);
        break;
      }
      case (-1):
    }
  }
}
return [o1, (true && true), (+[(-4294967296), (-3), 1.5, (-1000), (-0)])];
