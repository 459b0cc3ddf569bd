// Kitwork fuzz failure, program seed 1068986583
// reason: different results
// V8: ok [true,["2","k1","a"],null,3,"Hi there",4]
// VM: ok [true,["2","k1","a"],"caught",3,"Hi there",4]
// replay: node --import tsx test/fuzz/run.ts --replay 1068986583

let b1 = ([1000, (-31), 0, (-3.75)] != 2);
let sa2 = ["MiXeD"].slice().sort();
for (let i5 = 0; i5 < 16; i5 += 2) {
  for (var i6 = 0; i6 < 12; i6++) {
    for (var i7 = 0; i7 < 1; i7 += 3) {
      let o8 = ({ ...({ x: 2 }), ...({ 10: (-2.5), b: 2.5 }) });
    }
    if (((i6 >>> 256) === (true + i5))) continue;
  }
  for (let i9 = 0; i9 < 1; i9 += 2) {
    if (sa2.length < 40) sa2.push((false ? "MiXeD" : 'a'));
    const x10 = null;
  }
}
let caught11 = null;
try {
  for (let it12 of [0]) {
    sa2.sort();
    if (Array.isArray((false || (-123.456)))) {
      let { x: n13 = 1 } = ({ 10: it12, b: 1, z_: 0.1 });
      if ((10 <= 4294967296)) break;
      if (b1) break;
    }
    switch (Math.max(it12)) {
      case (-0):
        if (((it12 % it12) == (+[]))) throw new TypeError("u:bad");
        const [n14 = (-9007199254740991)] = [(-0), 4294967296, 1, 0].map(p15 => it12);
      case (-1):
        const sa16 = [3.75].map((x17) => `${x17}`);
        break;
      case 2:
        break;
      case "1":
        b1 &&= (true && true);
        sa2 = sa2;
        break;
    }
  }
  const a18 = [];
  const fs19 = [];
  for (let i20 = 0; i20 < 4; i20++) {
    fs19.push((v) => v - i20);
  }
} catch {
  caught11 = "caught";
}
let w21 = 0;
while (w21 < 3) {
  w21++;
  const f22 = (p23 = "\u0041\x42", p24) => [(9 / 4), ('1e3' < p23)];
  const a25 = [(-1 / 0)];
  f22("a", a25.map(p26 => p26));
}
sa2 = Object.keys(({ "k1": w21, 2: (-0xff), "a": 100 }));
return [b1, sa2, caught11, w21, ("b"[3] ?? 'Hi there'), (false + 4)];
