// Kitwork fuzz failure, program seed 3732532842
// reason: V8 returned, VM threw
// V8: ok [-2147483648,"MiXeD"]
// VM: throw TypeError: TypeError: Cannot create property 'total' on string '6,-0.2,3.75,2147483647,1'
// replay: node --import tsx test/fuzz/run.ts --replay 3732532842

const acc1 = {
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
acc1.add((+[6, (-0.2), 3.75, 2147483647, 1]));
for (let i2 = 0; i2 < 4; i2 += 2) {
  if ((false || true)) break;
  if ((true || false)) break;
  let a3 = [(-9007199254740993), ...[(-0), 1e-7].slice(2, 1), ...acc1.list()].concat([6, 4, 9, (-0), 0o17]).slice(0, 16);
}
if (((!"\u0041\x42") || (8 < 9007199254740991))) {
  const o4 = ({ 0: 20 });
  if ((!255)) {
    var a5 = [5, 2, (-0.1), 9, 5e-324, (0 / 0)].concat(5).concat([(1 / 0), 0.1, 1e3, 5].reduce((acc6, x7) => acc6 - x7, 0)).slice(0, 16);
    delete o4.k1;
    let a8 = a5.map((p9, i10) => i10);
  } else if (false) {
    for (const it11 of [(-2147483648), 5]) {
      let [n12, n13 = 10, n14 = 1] = [(-0.2), ...[], ...[1, 6, 1e3, 9]];
      let o15 = ({});
      const a16 = [];
    }
  }
}
if (((1e-7 + (0 / 0)) >= acc1.add(8))) {
  if ((10 !== 3)) {
    switch ([(-2147483648), 2.5, 1].indexOf((-2147483647))) {
      case (-0):
        let x17 = ({});
        break;
      case 10:
        let o18 = ({ z_: 7, a: 6, 0: (-0o17) });
        let n19 = (Math.trunc(4) << (~10));
        break;
    }
    const n20 = Math.ceil((7 << (1 / 0)));
    const o21 = ({ ...({}), ...({ b: 0, x: 0, z_: (-1 / 0) }) });
  } else if ([0.2, 9, (-5e-324)].includes(8)) {
    const s22 = ((8 + "back\\slash") + `-${false}:${1}${'Hi there'} end`).slice(0, 48);
    let caught23 = null;
    try {
      let x24 = `${(["  pad  ", "null"] + ({ len: (-1e21), z_: (0 / 0), c: (-16), x: 8 }))}`.slice(0, 48);
      x24 = x24;
    } catch (e25) {
      caught23 = typeof e25?.message === "string" && e25.message.slice(0, 2) === "u:" ? e25.name + "/" + e25.message : (e25?.name ?? e25);
    }
  } else {
  }
}
return [(-2147483648), 'MiXeD'.slice()];
