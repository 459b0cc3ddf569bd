// Kitwork fuzz failure, program seed 3781336057
// reason: different results
// V8: ok [{"2":-4294967296,"x":4,"b":0,"c":0.5},"a b c",["b","Hi there"],[9,7,4,3,-0,-0],{"0":-8,"2":-4294967296,"x":4,"b":0,"c":3.75},-0,10,[6,10,10,0.1],false]
// VM: ok [{"2":-4294967296,"x":4,"b":0,"c":0.5},"a b c",["b","Hi there"],[9,7,4,3,-0,-0],{"0":-8,"2":-4294967296,"x":4,"b":0,"c":3.75},-0,10,[6,"9,7,4,3,0,0",[9,7,4,3,-0,-0],0.1],false]
// replay: node --import tsx test/fuzz/run.ts --replay 3781336057

for (const [k2, v3] of Object.entries(({ ...({ "0": 9 }), z_: 10 }))) {
  for (var i4 = 0; i4 < 4; ++i4) {
    let a5 = [10, 255, 0].concat(i4).slice(0, 16);
    const b6 = (false || false);
    let s7 = k2.slice(3);
  }
}
const o8 = ({ ...({ ...({}), ...({ ...({}), x: 4 }) }), ...({ b: (255 >> 9007199254740991), "c": .5, 2: (-4294967296) }) });
let [s9 = "true", ...sa10] = ["Hi there", "b", 'Hi there'];
const a11 = [...[4, 9, 7, (-0), (-0), 3].filter((p12) => sa10.includes(s9))].filter((x13) => x13 === x13).sort((x13, y14) => y14 - x13);
let o15 = ({ ...o8, 0: (-8), c: 3.75 });
let caught16 = null;
try {
  var s17 = (s9 + s9).slice(0, 48);
  if (("" < 'MiXeD')) throw Math.min(...a11);
} catch (e18) {
  caught16 = typeof e18?.message === "string" && e18.message.slice(0, 2) === "u:" ? e18.name + "/" + e18.message : (e18?.name ?? e18);
}
for (var i19 = 0; i19 < 10; i19 += 2) {
  var b20 = (!true);
  for (var i21 = 16; i21 > 0; i21--) {
    var b22 = false;
  }
  const memo23 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })(i19);
}
if (((i19 == 9) || s9.includes("-7"))) {
  const memo24 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })(a11.length);
} else if ((({ p: i19, q: { r: sa10 } }) === (true || false))) {
  delete o8.b;
}
s9 = "a b c".padEnd(3, "");
const a25 = [6, i19, i19, (i19 / 100), (+a11)];
if (false) {
  if (a25.length - 1 < a25.length) a25[a25.length - 1] = (i19 ^ 1e21);
} else {
  a25.pop();
}
const u26 = caught16.p;
return [o8, s9, sa10, a11, o15, caught16, i19, a25, (caught16 == null)];
