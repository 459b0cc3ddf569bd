// Kitwork fuzz failure, program seed 2851963393
// reason: V8 returned, VM threw
// V8: ok [{},false,"0ab0"]
// VM: throw TypeError: TypeError: (base) => { let calls = 0; return (v)... is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 2851963393

const memo1 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})((+[]));
function f2(p3 = (-20)) {
  for (let i4 = 0; i4 < 11; ++i4) {
    var o5 = ({ ...(false ? ({ "b": 10, y: 0 }) : ({ a: (-1.5) })), a: p3 });
    let [n6, n7 = 4294967296, n8 = 8, ...a9] = (true ? [1e3, 4294967295] : [1e-7, 6, 9, (-0), 255, 2]);
    a9 &&= a9;
  }
  if ([0.1, (-9007199254740993), 123.456].includes(p3)) {
    for (const it10 of "".toUpperCase()) {
      if ((typeof null === "object")) return it10.split(",");
      let o11 = ({});
    }
  } else {
    const sa12 = Object.keys(({}));
  }
  return '0'.split("-");
}
const o13 = (false ? ({}) : ({}));
const b14 = [(-4294967295), ...[2, 1.5, 4, (-3)], ...[(-4), 256, .5]].filter(p15 => (!o13)).includes((~Math.round(42)));
switch (["ÅÉü", "  pad  ", '3.5', "hello"].length) {
  case 2:
    const a16 = [].map(p17 => 10).concat("😀x".indexOf("true")).slice(0, 16);
    break;
  default:
    break;
}
memo1((-(-0)));
const s18 = ("0".toUpperCase() + ('ab' + "0")).slice(0, 48);
const f19 = function (p20 = [1, 2]) {
  for (let it21 of [(-0)]) {
    const s22 = [].slice((-1)).join(",").slice(0, 48);
    const n23 = (p20.slice((-2)).length ** 0.5);
  }
  let n24 = p20.length;
  return o13;
};
f19([2].map((p25) => p25));
const acc26 = {
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
return [o13, b14, s18];
