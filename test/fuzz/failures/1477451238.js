// Kitwork fuzz failure, program seed 1477451238
// reason: V8 returned, VM threw
// V8: ok ["10,2,3,7",false,[],true,[1]]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1477451238

for (let i1 = 0; i1 < 15; ++i1) {
  switch ((-6)) {
    case 3: {
      for (const it2 of Object.keys(({ ...({ "10": (-16), len: (0 / 0), "k1": 2, y: (-1e-7) }), ...({ 10: 1000 }) }))) {
        const s3 = "ab";
      }
      const x4 = (({ p: ({ y: 32 }), q: { r: "3.5" } }) && Object.keys(({ len: 10, "x": 1e21 })));
    }
    case 1: {
      break;
    }
    case 10:
      break;
  }
}
for (const it5 of ["x,y,z", '-7', '0'].join(" ")) {
  for (let i6 = 0; i6 <= 2; i6 += 1) {
    let n7 = [].slice().sort().indexOf((+[(-1 / 0), (1 / 0), 1, 10, (-9007199254740991), 2]));
    const o10 = ({ b: 0.1, "z_": 3, len: 4, 0: 9 });
    const [s11 = "1e3", s12 = 'single'] = ["true", 'abc,def', "x,y,z"].slice((-2));
  }
}
let s13 = [3, 2, 10, 7].slice().sort().map((x14) => `${x14}`).join().slice(0, 48);
const b17 = (6 === (-0));
const sa18 = [];
let b19 = (6 < 0o17);
var a20 = [9, ...[(-5e-324), ...[0.2, 3, 2, 16, 4, 0], ...[2, 7]].concat(Math.trunc(8)), ...[(-32), 7, 9, (-0), 3].slice().sort().map((p23, i24) => (p23 << 0.1))].slice(0, 16);
if (a20.length < 8) a20.push(Math.max(...a20), ((-1 / 0) * 7));
switch ("line\nbreak".indexOf(s13)) {
  default:
    if (b19) {
      a20 = [1];
    } else if ((![[(-1 / 0), 0o17]])) {
      b19 = (1_000 < (-2147483648));
    } else {
      b19 ||= (b19 || b17);
      if ((true || b17)) {
        s13 = s13.split("|").join("-");
        b19 = (0 > (-20));
      } else {
        const n25 = (+a20.concat((-0o17)));
        if (a20.length < 64) a20.push((42 ** 0));
      }
    }
  case 2: {
    break;
  }
}
return [s13, b17, sa18, b19, a20];
