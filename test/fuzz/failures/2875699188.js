// Kitwork fuzz failure, program seed 2875699188
// reason: different results
// V8: ok [[0.125,1,1.125],1,{"len":3,"x":16},"outer",true]
// VM: ok [[0,0,0],0,{"len":3,"x":16},"outer",true]
// replay: node --import tsx test/fuzz/run.ts --replay 2875699188

const a1 = [];
const n2 = (((false ? 5 : (-0)) | (1_000 / 6)) % (+(false ? a1 : [3])));
let o3 = ({ ...({ ...({ "z_": (-5e-324), k1: 9, "b": 5, c: (-3.75) }), b: 3 }), z_: Math.abs(n2) });
if (((false ? n2 : undefined) == undefined)) {
  const adder4 = (k) => (v) => v - k;
  const add5 = adder4('single'.length);
  o3 ||= ({ b: 10, c: n2, y: n2, 0: 1.5e300, ...o3 });
  const fs6 = [];
  for (let i7 = 0; i7 < 2; i7++) {
    fs6.push((v) => v + i7);
  }
} else {
  var o8 = ({ ...o3, len: (-0), 10: 9007199254740993, b: 6, y: 4 });
}
if (a1.length < 64) a1.push((n2 / 8), n2);
let caught9 = null;
try {
  if (('single' < "x,y,z")) throw (false + 4294967295);
} catch (e10) {
  caught9 = "outer";
} finally {
  o3 = ((!4294967295) ? ({ k1: 5, b: 0.5 }) : ({ len: 3, x: 16 }));
}
if ((n2 == n2)) {
  var n11 = ((-123.456) % n2);
  if (a1.length < 8) a1.push(a1.reduce((acc12, x13) => acc12 + x13, 0));
} else {
  const o14 = ({ 0: 8, len: (-4294967296), n2 });
  const acc15 = (() => {
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
}
for (const [k17, v18] of Object.entries(o3)) {
  const { b: n19 = (-0.5), a: n20 } = ({ z_: (-16), y: v18, v18 });
}
switch (`-${['3.5', "zz", "hello"]}x=${a1}`) {
  case "x,y,z": {
    const a21 = Array.from({ length: 3 }, (_, i22) => i22 * 3).filter((p23) => ("a" in o3));
    break;
  }
  case "":
    delete o3.z_;
    break;
  case "ab":
    break;
}
return [a1, n2, o3, caught9, (4 != n2)];
