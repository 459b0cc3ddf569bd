// Kitwork fuzz failure, program seed 2322059051
// reason: different results
// V8: ok [undefined,undefined,"0.13725490196078433,0.029411764705882353,0.03921",11,1,3.75,{"2":NaN,"len":NaN},48,"nullundefined0.13725490196078433,0.0294117647058","0.13725490196078433,0.029411764705882353,0.039210.13725490196078433,0.029411764705882353,0.03921",1]
// VM: ok [undefined,undefined,"0.13725490196078433,0.029411764705882353,0.03921",11,1,3.75,{"len":NaN,"3,8,2,0.5,10":NaN},48,"nullundefined0.13725490196078433,0.0294117647058","0.13725490196078433,0.029411764705882353,0.039210.13725490196078433,0.029411764705882353,0.03921",1]
// replay: node --import tsx test/fuzz/run.ts --replay 2322059051

let { a: n1, len: n2 } = ({ 2: (-0.2), c: 7 });
let n3 = (Math.sign((true + 2)) * ((false ? (-0) : 5) / (0xff * 1)));
const s4 = [7, ...[1.5, 2, 7, 10, (-31)], ...[(0 / 0)]].map((p5, i6) => (p5 * n3)).join().slice(0, 48);
--n3;
for (const [k8, v9] of Object.entries(({ 10: n3, "0": 3, b: n3, n3 }))) {
  const adder10 = (k) => (v) => v * k;
  const add11 = adder10(k8.indexOf(k8));
  const n12 = [3, 6].reduce((acc13, x14) => acc13 - x14, 0);
}
let w15 = 0;
do {
  w15++;
  let caught16 = null;
  try {
    var o17 = ({});
    o17.k1 = (n3 % n3);
    let o18 = ({ ...({ b: (-2), ...o17 }), ...o17 });
    if ((typeof "s" === "object")) throw (n3 % n3);
  } catch (e19) {
    caught16 = typeof e19?.message === "string" && e19.message.slice(0, 2) === "u:" ? e19.name + "/" + e19.message : (e19?.name ?? e19);
  }
  if ((!caught16)) {
    for (var i20 = 0; i20 <= 5; i20++) {
      const [n21 = (-100), n22 = 1000] = [1].slice(3, 0);
    }
  }
  if (("tab\tend".indexOf("hello") == n3)) {
    let b23 = Array.isArray(n1?.length);
    let sa24 = s4.split(",");
  } else {
    const s25 = ("1e3" + caught16).slice(0, 48);
  }
} while (w15 < 11);
let { b: n26 = 6, c: n27 = 3.75, ...o28 } = ({ ...({}), b: 1 });
o28.len += Math.max(n3, n26, (-9007199254740991));
let n29 = s4.length;
for (const it30 of (false ? "x,y,z" : "true")) {
  const sa31 = ["Hi there", "line\nbreak", "ab", "a b c", "null"];
  let a32 = Object.entries(o28).map((e33) => e33[1]);
}
const s34 = (typeof ['MiXeD', '1e3', "a"]);
let s35 = (false ? ((n3 === 3) ? ("MiXeD" + o28) : 'a'.slice(0, 0)) : (("null" + n1) + s4)).slice(0, 48);
o28["2"] = (+[3, 8, 2, .5, 10]);
return [n1, n2, s4, w15, n26, n27, o28, n29, s35, (s4 + s4), n26];
