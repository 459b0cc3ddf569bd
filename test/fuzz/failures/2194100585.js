// Kitwork fuzz failure, program seed 2194100585
// reason: different results
// V8: ok [null,4,"aundefined end",[8],"-255,-1.5e+300,2147483647,4,-2",[3,8],255]
// VM: ok [null,"255",[255],[8],"-255,-1.5e+300,2147483647,4,-2",[3,8],255]
// replay: node --import tsx test/fuzz/run.ts --replay 2194100585

let caught1 = null;
try {
  for (let i2 = 2; i2 > 0; i2--) {
    if ((Math.round(i2) < (-i2))) {
      var n3 = JSON.stringify([([] ?? [6, 4294967295, 4294967295, 16, (-0)])]).length;
      const n4 = [7, (1 / 0)].slice(1).filter(p7 => ("true" < "  pad  ")).reduce((acc5, x6) => acc5 + x6, 2);
      const n8 = Math.trunc(Math.abs(n4));
    }
  }
  if (["", "zz", 'null'].filter((p9) => true).includes(("3.5".at(2) ?? ""))) throw new RangeError("u:bad");
} catch (e10) {
  caught1 = typeof e10?.message === "string" && e10.message.slice(0, 2) === "u:" ? e10.name + "/" + e10.message : (e10?.name ?? e10);
}
for (var i11 = 0; i11 <= 3; i11 += 1) {
  const a12 = Object.keys(({ ...({}), c: 4294967295 })).map((q13) => q13.length);
  for (const it14 of ["a b c", "\u0041\x42", 'hello', "b"]) {
    let w16 = 0;
    while (w16 < 6) {
      w16 += 1;
      if ((({}) !== undefined)) continue;
      let n17 = (a12.length * (it14.length % i11));
    }
    if ((a12.map((x18) => x18 + "") > a12.filter(p19 => true))) continue;
    const n20 = (-i11);
  }
  var s21 = ("null".slice(0, 0) + "😀x".toUpperCase()).slice(0, 48);
}
const s22 = `a${caught1?.q?.r} end`.slice(0, 48);
if (['single', "true", "-7"].includes("hello")) {
  if ((({ k1: 9007199254740993, y: i11, a: 1 }) >= (![9, 0, 5, (-0), 9007199254740991, 7]))) {
    let w23 = 0;
    while (w23 < 16) {
      w23 += 1;
      const n24 = i11;
    }
    let s25 = [2147483647, 8, 10].join().slice(0, 48);
    const o26 = ({ ...({ "a": (-4294967296), y: 0 }), b: Math.trunc([6, (-4294967296), 16, 256, (-0xff), 6].indexOf(i11)) });
  } else {
    const b27 = [0xff, (1 / 0), (-1), 0xff, (-1_000)].includes(i11);
    for (const [k29, v30] of Object.entries(({ ...({ x: (1 / 0), 0: 6 }), z_: i11 }))) {
      var x31 = [];
      x31 ||= (({ p: caught1, q: { r: x31 } }) ?? caught1);
      x31 = ((undefined && ({ x: (-16) })) && [42, (-1000), 3]);
    }
  }
} else if ((s22.indexOf(s22) == "x,y,z".length)) {
  for (let i32 = 0; i32 < 9; i32++) {
    let x33 = caught1?.q?.r;
    const b34 = [].includes('single');
  }
}
const a35 = [8];
let s36 = [(-255), (-1.5e300), 2147483647, 4, (-2)].join(",").slice(0, 48);
let a37 = [3, ...[...a35].filter((x38) => x38 === x38).sort((x38, y39) => y39 - x38), ...a35.filter((p40) => false)].slice(0, 16);
return [caught1, i11, s22, a35, s36, a37, (+[255])];
