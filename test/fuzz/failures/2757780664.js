// Kitwork fuzz failure, program seed 2757780664
// reason: different results
// V8: ok [[],5,6,"[6,5,7,-123.456,10,4]",0]
// VM: ok [[],5,"",[],0]
// replay: node --import tsx test/fuzz/run.ts --replay 2757780664

var a1 = (true ? [0xff, 3, 7, (-1 / 0), 0, 1e21] : [6, 1000, .5, 0.2]);
if (a1.length < 64) a1.push((-1.5e300));
const n2 = ["0", "q\"uote", 'b', "abc,def", "hello"].length;
let w3 = 0;
while (w3 < 6) {
  w3++;
  for (let i4 = 0; i4 < 18; i4 += 3) {
    if ((3.75 !== Math.floor((-5e-324)))) {
      const b5 = [1.5e300, (0 / 0), (0 / 0), 0].includes((undefined ?? 10));
      var n6 = i4;
    } else {
      a1 = Array.from({ length: 5 }, (_, i7) => i7 * (-1e3));
      var a8 = a1.map((p9) => 6);
    }
    switch (a1.reduce((acc10, x11) => acc10 * x11, 2)) {
      case (-1):
        break;
      default: {
        let o12 = ({ "len": (-10), z_: 1_000, a: (-4294967295), k1: 2 });
        a1.pop();
        break;
      }
      case (-0): {
        break;
      }
      case 10:
        if (0 < a1.length) a1[0] *= Math.round(32);
        let sa13 = ("a b c" + "abc,def").slice().split("|").slice(0, 16);
        break;
    }
    const n14 = (('abc,def' <= "\u0041\x42") ? (Number.isInteger(n2) ? 1 : 0) : (1 / 0));
  }
}
const acc15 = {
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
acc15.add(Math.abs(n2));
var s16 = JSON.stringify([6, 5, 7, (-123.456), 10, 4].concat(a1)).slice(0, 48);
if (((false ? n2 : w3) < acc15.add(1))) {
  const f17 = function () {
    const x18 = null;
    let x19 = undefined;
    return 5;
  };
}
if (0 < a1.length) a1[0] *= (w3 ^ 42);
return [a1, n2, w3, s16, (+a1)];
