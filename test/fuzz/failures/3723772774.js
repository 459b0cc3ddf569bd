// Kitwork fuzz failure, program seed 3723772774
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:  pad  
// VM: throw <value>: Error: u:  pad  
// replay: node --import tsx test/fuzz/run.ts --replay 3723772774

let n1 = [4, 8].length;
let o2 = ({ x: ((false && true) + (n1 ** (-1))) });
var s3 = ('true' + n1).slice(0, 48);
let w4 = 0;
do {
  w4++;
  const [s5, s6, s7, ...sa8] = Object.keys(o2);
  for (const it9 of []) {
    const a10 = [10, ...[7], ...[(-.5)]].slice((-3)).slice(0, 16);
    let caught11 = null;
    try {
      const o12 = o2;
      --n1;
      let a13 = a10.filter((p14) => true).concat(a10.slice().sort()).slice(0, 16);
      if ((typeof null === "string")) throw new TypeError("u:range");
    } catch (e17) {
      caught11 = typeof e17?.message === "string" && e17.message.slice(0, 2) === "u:" ? e17.name + "/" + e17.message : (e17?.name ?? e17);
      const sa18 = sa8.map(p19 => p19);
    }
  }
  let caught20 = null;
  try {
    let caught21 = null;
    try {
      var n22 = (o2.y ?? 6);
      o2.b = Math.round(n1);
      const o23 = o2;
      if (((true || false) && (s6 === undefined))) throw new TypeError("u:range");
    } catch (e24) {
      caught21 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
    } finally {
      s3 = (s3 + (sa8[0] ?? 'single')).slice(0, 48);
    }
  } catch (e25) {
    caught20 = typeof e25?.message === "string" && e25.message.slice(0, 2) === "u:" ? e25.name + "/" + e25.message : (e25?.name ?? e25);
  } finally {
    let caught26 = null;
    try {
      o2 ||= ({ ...(false ? ({ a: 10, c: 0, y: 0.1 }) : o2), a: (n1 * n1) });
      if ([5, 7, 10, 10, (-100)].includes(n1)) throw [10, 123.456, (-1)];
    } catch (e27) {
      caught26 = typeof e27?.message === "string" && e27.message.slice(0, 2) === "u:" ? e27.name + "/" + e27.message : (e27?.name ?? e27);
      o2 = o2;
    } finally {
      let s28 = ((('Hi there' + false) < ("abc,def" + false)) ? "zz" : (sa8[3] ?? "😀x")).slice(0, 48);
      let [n29, n30] = Array.from({ length: 2 }, (_, i31) => i31 * 42);
    }
    var a32 = Object.entries(o2).map((e33) => e33[1]).concat([(-1000)].slice((-3))).slice(0, 16);
  }
} while (w4 < 16);
let sa34 = ["b", "😀x", "MiXeD", 'single'].filter(p35 => false);
if ((1 !== null)) throw new Error("u:" + '  pad  '.toLowerCase());
const [n36, n37 = 6, n38 = 1, ...a39] = [(0 / 0), 0, (0 / 0), 2147483647, (-3), (0 / 0)].slice().sort();
let sa42 = Object.keys(o2);
return [n1, o2, w4, sa34, n37, a39, s3, `$${['a b c', "3.5"]}x=${s3}a${a39}`];
