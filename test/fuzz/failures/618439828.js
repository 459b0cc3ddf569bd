// Kitwork fuzz failure, program seed 618439828
// reason: different results
// V8: ok [":null x,y,zaNaN!",undefined,{"10":-0,"y":-42},false]
// VM: ok [" x,y,zaNaN!",undefined,{"10":-0,"y":-42},true]
// replay: node --import tsx test/fuzz/run.ts --replay 618439828

const s1 = `:${(false ? (0 / 0) : null)} ${"x,y,z"}a${([(-0.2), 7, 0.1, (1 / 0), 1, (-0o17)] % [])}!`.slice(0, 48);
const { a: n2, c: n3, x: n4 = 9007199254740993, ...o5 } = ({ "10": (-0), y: (-42) });
const o6 = ({ ...({ ...({ ...o5, "b": 10 }), y: n4 }), b: n4 });
const acc7 = {
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
delete o6.a;
var a8 = Array.from({ length: 3 }, (_, i9) => i9 * (-1.5e300));
if (a8.length < 64) a8.push(['  pad  '].length);
switch (n4) {
  case (0 / 0):
    break;
  case 2: {
    acc7.add(5);
    acc7.add((a8[3] ?? .5));
    break;
  }
  default:
    for (let i10 = 7; i10 > 0; i10--) {
      var a11 = a8;
      let { x: n12 } = o5;
    }
    const b13 = (0 == undefined);
    break;
  case "1": {
    break;
  }
}
acc7.add((9 % 6));
let { c: n14 = 1 } = o5;
return [s1, n2, o5, (s1 < '12')];
