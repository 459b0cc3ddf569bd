// Kitwork fuzz failure, program seed 2239268446
// reason: different results
// V8: ok [{"0":2,"2":2,"b":4,"z_":[]},"😀x",undefined,-0,"single"]
// VM: ok [{"0":2,"2":2,"b":4,"z_":[]},"",[],-0,"single"]
// replay: node --import tsx test/fuzz/run.ts --replay 2239268446

var n1 = ([] ?? (-9007199254740993));
const acc2 = (() => {
  let total = 0;
  const items = [];
  return {
    add: (v) => {
      total += v;
      if (items.length < 32) items.push(v);
      return total;
    },
    get: () => total,
    list: () => items.slice(),
  };
})();
const o3 = ({ 2: 2, b: 4, "z_": n1, "0": 2 });
const sa4 = Object.keys(o3).concat(Object.keys(o3)).map((p5) => (8 + p5).toUpperCase().slice(0, 48)).slice(0, 16);
function rec6(xs, i = 0) {
  if (i >= xs.length || i > 40) return 0;
  return xs[i] + rec6(xs, i + 1);
}
const adder7 = (k) => (v) => v - k;
const add8 = adder7(rec6([4, 8, 0o17, 4]));
const [s9, s10 = "😀x", s11] = [].slice().sort((x12, y13) => x12.length - y13.length);
let o14 = o3;
for (let i15 = 0; i15 <= 7; i15++) {
  const f16 = function (p17 = [1, 2], p18) {
    for (let i19 = 0; i19 <= 4; i19 += 1) {
      if (p17.length - 1 < p17.length) p17[p17.length - 1] *= n1;
    }
    for (let i20 = 0; i20 < 15; i20++) {
      let w21 = 0;
      do {
        w21++;
        let n22 = 4;
        const n23 = p18.length;
      } while (w21 < 6);
      for (var i24 = 0; i24 < 2; i24 += 2) {
        const a25 = p17;
        p17 &&= Array.from({ length: 1 }, (_, i26) => i26 * 7);
        n1 /= Math.min(0);
      }
      switch (Math.max(...p17)) {
        case 2:
          break;
        case (-0): {
          p17 = [(n1 >> 5), (-0), (true ? n1 : n1)];
          break;
        }
        case 3:
        case "1":
        default:
          n1 = (+false);
          const x27 = s11;
          break;
      }
    }
    return (s11 ?? o14);
  };
}
return [o3, s10, s11, ((-0) - n1), 'single'];
