// Kitwork fuzz failure, program seed 1573889279
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:12
// VM: throw <value>: Error: u:12
// replay: node --import tsx test/fuzz/run.ts --replay 1573889279

var n1 = (+[]);
function f2(p3, p4 = [1, 2]) {
  for (var i5 = 9; i5 > 0; i5--) {
    let [n6, ...a7] = [5, 10].slice(0);
    const [n8 = 10, n9 = 0, n10] = [2.5, (-3.75), 1e3, 8, 5, 8].filter(p11 => true);
  }
  if (0 < p4.length) p4[0] *= 0b101;
  return "12".repeat(3).split("").join("").slice(0, 48);
}
const acc12 = {
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
if (true) throw new Error("u:" + "12");
const x13 = (true ? ({ "z_": 16, 2: (-1 / 0), "b": (0 / 0), 0: 6 }) : ({ 0: (-100), y: 6, c: 8, 10: 9007199254740993 }));
switch ("Hi there".length) {
  default: {
    function f14() {
      const a15 = [(++n1)].filter(p16 => (!(false != ['1e3', "😀x", ""])));
      return (typeof a15.slice((-1)));
    }
    const o17 = ((5 <= n1) ? (true ? ({ "c": 3, a: (-0), "x": 2147483648, len: 255 }) : ({ c: 65535, "10": 4, "x": 3, a: (-5) })) : ({}));
  }
  case 2: {
    for (var i18 = 7; i18 > 0; i18--) {
      const s19 = (('-7' + ({ "b": 8, x: 7, 2: n1 })) + (JSON.stringify([(-5), (1 / 0), 1, (-65535)], null, 2) + f2([]))).slice(0, 48);
      switch ((+false)) {
        case 10: {
          break;
        }
        case (-0):
          const o20 = ({});
          break;
      }
      for (const it21 of []) {
        let a22 = [].filter((x23) => x23 === x23).sort((x23, y24) => x23 - y24);
      }
    }
    n1 = (-1000);
  }
}
if ((!(!0))) {
  const n25 = Math.min(["0", 'a b c'].map(p26 => "back\\slash").length);
  const n27 = [5e-324].indexOf(256);
  f2([2, 256].map(p28 => (-31)), [1e-7, 8].slice((-2)));
} else {
  const a29 = acc12.list().filter(p30 => (`$${[100, 5, 2]}` < "null".charAt(1))).slice(0, 16);
}
return [n1, x13, (true ? '0' : "line\nbreak"), "ab"];
