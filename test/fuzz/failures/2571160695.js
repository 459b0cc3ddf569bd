// Kitwork fuzz failure, program seed 2571160695
// reason: V8 returned, VM threw
// V8: ok [1,[]]
// VM: throw TypeError: TypeError: rec4 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 2571160695

if ((!"  pad  ")) {
  const { len: n1 = 7, ...o2 } = ({ ...({ a: (-0), y: 2.5 }), ...({ "c": (-1.5e300), len: 8 }) });
}
let n3 = (+[]);
++n3;
function rec4(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec4(n - 1) + rec4(n - 2);
}
rec4((+[(-32), 2, (-0b101)]));
function f5(p6, p7 = (-0o17), p8) {
  for (var i9 = 0; i9 < 14; i9 += 3) {
    if ((p8 !== [({ len: 2, b: 1, "c": (-3.75) }), ({ y: (-10), z_: (0 / 0) }), ["😀x", "a b c", 'Hi there', "-7"]])) {
      p8 = ("3.5" + ({ y: (-3.75), 0: (-16), 10: 0.5 })).slice(0, 48);
    }
  }
  switch (p8.length) {
    case 3:
      if ((Number.isInteger(i9) < ({ c: 1, x: 0.1, "b": (-5) }))) {
        const b10 = ((-(0 / 0)) < Math.abs(n3));
        let n11 = [0, 5, (0 / 0), (-2147483648), (-123.456), 0].map(p14 => 4).reduce((acc12, x13) => acc12 - x13, 2);
        n11 >>= i9;
      } else if (((n3 + .5) >= (-0.1))) {
        const b15 = false;
      } else {
        let n16 = [(0 / 0), 2, 3, 5, (1 / 0), (-0)].filter((x17) => x17 === x17).sort((x17, y18) => x17 - y18).length;
      }
      const n19 = Math.abs((1 / 0));
    case 0: {
      const o20 = (((2 - p6) == [(-42), 100, .5, 1].indexOf(n3)) ? ({ 10: "-7".indexOf('0'), b: 10, x: 2, len: (-255) }) : ({ 0: 9, 2: (-1.5e300), 10: (-5e-324) }));
    }
    default: {
      p8 = "x,y,z";
      break;
    }
  }
  return Math.max((-1.5e300), (-0));
}
for (const it21 of [].join(" ")) {
  let caught22 = null;
  try {
    let s23 = "".slice(3);
    n3 = (+JSON.stringify(["", "-7", "b", "12"]));
    if ((({}) == null)) throw new Error("u:" + it21.slice((-1), 6));
  } catch (e24) {
    caught22 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
    for (let i26 = 0; i26 < 2; i26++) {
      const sa27 = Object.keys(({}));
      ++n3;
    }
  }
}
const sa28 = Object.keys(({}));
return [n3, sa28];
