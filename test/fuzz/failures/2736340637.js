// Kitwork fuzz failure, program seed 2736340637
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:z
// VM: throw <value>: Error: u:z
// replay: node --import tsx test/fuzz/run.ts --replay 2736340637

var s1 = '😀x'.slice(1, 6).padStart(4, "*");
if ((Math.sign(1) <= 1e-7)) {
  var a2 = [Math.abs(3), (-3)];
  a2.pop();
} else if (((-4) == (-1e21))) {
  for (const it3 of [(-0), 10]) {
    const sa4 = s1.repeat(1).split(",").slice(0, 16);
  }
} else {
  const adder5 = (k) => (v) => v - k;
  const add6 = adder5(Math.abs((-1 / 0)));
  const o7 = ({});
}
for (let i8 = 0; i8 < 20; i8 += 3) {
  for (var i9 = 3; i9 > 0; i9--) {
    if (Array.isArray("s")) {
      s1 = (s1 + (i9 + "3.5")).slice(-48);
      s1 = [].join().padEnd(7, "0").slice(0, 48);
    }
  }
}
if (((-0b101) >= (-1_000))) throw new Error("u:" + "zz".slice((-1)));
if ([(-0), (-0), 1, 8, (-1 / 0)].includes(0o17)) {
  s1 = ([2, (-3.75), (-4)].indexOf(5) + (s1 + 'a')).slice(0, 48);
  let caught10 = null;
  try {
    for (let it11 of s1.split(" ")) {
      s1 ||= "Hi there";
      const b12 = (Math.ceil((-8)) === (-1 / 0));
    }
    let [n13 = 9] = [];
  } catch (e14) {
    caught10 = typeof e14?.message === "string" && e14.message.slice(0, 2) === "u:" ? e14.name + "/" + e14.message : (e14?.name ?? e14);
    s1 = (s1 + s1).slice(-48);
  }
}
const f15 = (p16) => {
  let n17 = `$${["-7", '0', "", 'single'].map((p18) => p18)}\n${(typeof false === "string")}`.length;
  try {
    return [(-0), ...[], ...[7, 32, 7, 100, (0 / 0), (-1000)]].slice(0, 16);
  } finally {
    p16 = (--p16);
  }
};
const acc19 = (() => {
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
return [s1, [].length, (({}) !== true)];
