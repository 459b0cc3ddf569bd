// Kitwork fuzz failure, program seed 2535228524
// reason: different results
// V8: ok [-255,{"0":0.5,"c":4294967295,"y":5},{"0":0.5,"10":6,"c":4294967295,"y":5},NaN]
// VM: ok [-255,{"0":0.5,"c":4294967295,"y":5},"-2147483647,9,7,1,9007199254740992",NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 2535228524

let { len: n1, ...o2 } = ({ "c": 4294967295, "0": .5, "len": (-0xff), "y": 0b101 });
const o3 = ({ 10: 6, ...o2 });
o3.y ??= (false + 6);
function f4() {
  const [n5 = 2, n6 = 2, n7 = (-2147483648)] = [(-8), (0 / 0), 2, (-0xff), 9007199254740993].concat([5]);
  let x8 = (((true || true) || ['1e3', "😀x"].includes('b')) ? o3 : undefined);
  for (const it9 of [7]) {
    x8 ??= (true ? "1e3" : undefined);
    let o10 = ((typeof x8 === "object") ? ({ "z_": 4, y: n7, ...o2, 0: n5 }) : ({ ...({ 2: 1000 }), ...o3 }));
    switch ((~n7)) {
      case 1:
        break;
      case 10:
        o10 = ({ ...o10, b: (-20) });
        let [s11 = "12", , ] = ["hello", '😀x', "true", "q\"uote", "ab"];
      case 3:
    }
  }
  if ((("hello" + "zz") != (({}) !== ["3.5"]))) {
    for (let i12 = 0; i12 <= 9; i12 += 1) {
      const n13 = ([65535, 2, (-1.5), 1e-7].map((p16) => i12).reduce((acc14, x15) => acc14 - x15, 2) + (n6 + n7));
      var n17 = [10, 3, 0.1, 3, 10].indexOf((0 / 0));
    }
    const s18 = (typeof [31, 10, 9, (-0xff), 65535].slice().sort().map((x19) => x19 + ""));
  }
  return "a b c".split("").filter((p22) => (![]));
}
if ((typeof o2?.b === "boolean")) {
  var o23 = (('ÅÉü' === '1e3') ? o3 : ({ ...({ "0": (-0) }), ...o3 }));
} else {
  for (let it24 of (false ? "q\"uote" : "abc,def")) {
    let a25 = Object.entries(o2).map((e26) => e26[1]);
    a25.pop();
  }
  let n27 = (true ? (0 / 0) : 2);
}
o2 ||= (true ? o2 : ({ "x": 4, b: 5, y: 4 }));
if ((((-65535) / (-255)) > o3)) {
  n1 = o3?.zz;
}
function f28(p29, p30, p31, ...rest32) {
  if ((1e21 >= p29)) {
    n1 = o3?.b;
    let caught33 = null;
    try {
      if (("Hi there".toUpperCase() <= (false ? p31 : p31))) throw new RangeError("u:x");
      f4();
      let s34 = "b".padEnd(8).split(", ").join(", ");
    } catch (e35) {
      caught33 = typeof e35?.message === "string" && e35.message.slice(0, 2) === "u:" ? e35.name + "/" + e35.message : (e35?.name ?? e35);
      o2.c = (--p30);
    } finally {
      var o36 = (false ? o2 : o2);
      p30 **= 0.5;
    }
  }
  return "x,y,z";
}
return [n1, o2, o3, (+[(-2147483647), 9, 7, 1, 9007199254740993])];
