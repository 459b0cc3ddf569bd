// Kitwork fuzz failure, program seed 2758459777
// reason: V8 returned, VM threw
// V8: ok ["abc,def0","MiXeD,hello,1e3,12,q\"uote",[],12,[],"",[],"  pad  ","a-b-c"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2758459777

let s1 = ("abc,def" + (false % 9007199254740991)).slice(0, 48);
if ((true || false)) {
  const x2 = [(8 === 1_000), ((-0.5) <= (-1_000)), s1.padStart(6, "")];
  let s3 = JSON.stringify(2).split("").join("|").slice(0, 48);
} else if (((-2) != [10, (0 / 0), 0, 9, 256, .5].length)) {
  const a4 = [...[], ...[]].concat(3).slice(0, 16);
} else {
  s1 = (s1 + (s1 + ("Hi there" + [31, 10, (-0xff), 1e21, 5e-324, (-123.456)]))).slice(-48);
  let w5 = 0;
  while (w5 < 17) {
    w5 += 1;
    let a6 = [6, 16, 10, 7].concat(0).filter((p7) => ["", ""].includes("b")).slice(0, 16);
    const { x: n8 = (-0), b: n9, len: n10 = 0, ...o11 } = ({ ...({}), x: 5 });
    const [n12, n13 = (-0.5)] = (true ? [10, 6] : a6);
  }
}
const s14 = ["MiXeD", "hello", "1e3", "12", "q\"uote"].join(",").slice(0, 48);
let a15 = ['ÅÉü', "ÅÉü", "zz", "3.5"].map(p16 => "a").slice((-1)).map((q17) => q17.length);
for (var i18 = 0; i18 <= 11; i18++) {
  for (const it19 of Object.keys(({ ["n" + 2]: 4 }))) {
    if ((!["1e3"])) {
      a15 = [255].map((p20, i21) => (-0)).concat((i18 + i18)).slice(0, 16);
    } else {
      a15.pop();
      let n22 = 7;
    }
  }
}
const x23 = a15.map((p24) => i18);
if (("abc,def" == s14)) {
  function mk25(start, step = 1) {
    let c26 = start;
    return () => {
      c26 += step;
      return c26;
    };
  }
  const ctr27 = mk25(7);
  const { len: n28 = 1.5e300, x: n29 = (-4294967296), b: n30 = 123.456 } = ({ ...({ "k1": 0b101, b: 20, c: 5e-324 }), b: i18 });
}
for (let it31 of [6]) {
  if (a15.length - 1 < a15.length) a15[a15.length - 1] = (32 % i18);
  for (const it32 of Object.keys(({ "2": (-0), "a": it31, "len": 1, "b": (-100) }))) {
    if (a15.length < 40) a15.push((-it31), (+a15));
    for (let i36 = 1; i36 > 0; i36--) {
      const o37 = ({ b: 3, 2: ["a"].join(", ").length, z_: 6, a: 2 });
      let b38 = false;
      a15 = a15.filter(p39 => b38);
    }
  }
}
const s40 = a15.map((x41) => `${x41}`).join("-").slice(0, 48);
var a42 = a15;
let [s43 = "MiXeD", s44 = "null", s45 = "line\nbreak", ...sa46] = ["  pad  ", "", 'a-b-c'];
return [s1, s14, a15, i18, x23, s40, a42, s43, s45];
