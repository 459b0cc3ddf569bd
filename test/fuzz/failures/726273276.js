// Kitwork fuzz failure, program seed 726273276
// reason: different results
// V8: ok ["20NaN-0.5-655350.625",86,2147483368,[0,20,0,20,0,20,0,20,0,0,3,0,3,7,4,7,4,13,14,13,14]]
// VM: ok ["-4294967295,-32,9,2,0.2-4294967295,-32,9,2,0.2Na",242,2147482976,[0,48,0,48,0,48,0,48,0,0,3,0,3,33,34,33,34,32,35,32,35]]
// replay: node --import tsx test/fuzz/run.ts --replay 726273276

const s1 = [2, (-0), (+[(-4294967295), (-32), 9, 2, 0.2]), (-.5), (-65535), (5 / 8)].join("").slice(0, 48);
let n2 = 31;
const f3 = function (p4) {
  p4 = (--n2);
  return (s1 + 'x,y,z').slice(0, 48);
};
let n5 = (2147483648 + ("a-b-c".length % (.5 / 6)));
n5 ??= (n5++);
for (let i6 = 18; i6 > 0; i6--) {
  if (((0 / 0) != (1e-7 % n5))) {
    for (let i7 = 19; i7 > 0; i7--) {
      const b8 = (!["a b c", "hello", "zz", "1e3", 'abc,def'].slice(1).concat(Object.keys(({ 10: 4, x: 20, c: 9 }))));
    }
    const o9 = ({});
    let a10 = ["zz", "12", ""].map((q11) => q11.length);
  } else {
    ++n5;
    if ((!({ "10": n2, z_: 3, "0": 7, "y": 7 }))) {
      const a12 = Array.from({ length: 4 }, (_, i13) => i13 * 123.456).concat([]).filter(p14 => ((s1 + s1) > (typeof '0'))).slice(0, 16);
      let [n15 = 5, ...a16] = a12;
      n15 /= [].map((p17) => p17).length;
    } else {
      const n18 = (0 / 0);
      const n19 = n5;
    }
  }
}
n2 = [n2, 2].length;
const f20 = () => null;
var a21 = s1.split("|").map((q22) => q22.length);
if (0 < a21.length) a21[0] *= (n5 % n5);
for (const it23 of (s1 + s1)) {
  if (true) {
    let a24 = Array.from({ length: 4 }, (_, i25) => i25 * 31);
    for (let i26 = 0; i26 <= 6; i26++) {
      if (a21.length < 8) a21.push(s1.length, Math.min(...a21));
      n5--;
    }
    n2++;
  } else {
    if (a21.length < 20) a21.push(it23.length, it23.length);
    for (let i27 = 0; i27 < 4; i27 += 2) {
      let x28 = a21[2];
      const sa29 = ['zz', '-7', '0', "Hi there"].slice().sort();
    }
  }
  for (let i32 = 0; i32 <= 1; i32++) {
    if ((s1 >= it23)) {
      if (a21.length < 20) a21.push((3 ^ n2), n2);
      const n33 = n2;
      let a34 = a21;
    } else if ((a21 != n2)) {
      n2++;
      const sa35 = ["a b c", "back\\slash", "zz", 'a-b-c', "back\\slash"];
    }
  }
}
return [s1, n2, n5, a21];
