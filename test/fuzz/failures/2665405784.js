// Kitwork fuzz failure, program seed 2665405784
// reason: different results
// V8: ok [true,[-2.5,-2.5,-2.5,-2.5,-2.5],[],{"b":0},{"a":0,"x":3,"y":-1},"a-b-c",NaN]
// VM: ok [true,[-2.5,-2.5,-2.5,-2.5,-2.5],"[object Object]",{},{"a":0,"x":3,"y":-1},"a-b-c",NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 2665405784

const b1 = (true && true);
function rec2(n) {
  if (!(n > 1)) return 1;
  if (n > 12) n = 12;
  return n * rec2(n - 1);
}
const a3 = [32, ...[], ...[5, 0o17, 8, 9].map((p4) => p4)].map((p5) => (-2.5)).slice(0, 16);
var a6 = a3.slice(2, 6).slice().sort().filter(p9 => [...[]].sort((x10, y11) => (x10 < y11 ? 1 : x10 > y11 ? -1 : 0)).includes(`${1}:${"\u0041\x42"}x=${1}`)).slice(0, 16);
let o12 = ({});
o12.b = a6.length;
const o13 = ({ a: 0, x: 3, y: "Hi there".slice(3, 4).indexOf("b".padStart(9)) });
const acc14 = {
  total: 0,
  items: [],
  add(v) {
    this.total += v;
    if (this.items.length < 32) this.items.push(v);
    return this.total;
  },
  get() { return this.total; },
  list() { return this.items.slice(); },
};
switch ((false + 1)) {
  case (0 / 0):
    if ((0.2 >= 9)) {
      const b15 = (((0 / 0) ** (-1)) > ((-2.5) - 0));
      const a16 = [32, ...[4294967295, 3, 31, 16, 7], ...a6].slice(0, 16);
    } else if ((typeof [] === "object")) {
      const s17 = ['😀x', "ab", "true"].join().slice(0, 48);
    } else {
      for (let i18 = 0; i18 < 19; i18 += 1) {
        o12 = ({ ...o13 });
      }
    }
    a6 = a3;
    break;
  case 10:
    let caught19 = null;
    try {
      for (const it20 of ["MiXeD", '  pad  ', "ÅÉü", "MiXeD"]) {
        rec2((0 - 3));
        var s21 = JSON.stringify(({ ...o13, x: (-0.2) }), null, 0).slice(0, 48);
        const a22 = [...[...a3, ...[5, (-0), 5, 2, (-4294967295)]], ...a3].slice(0, 16);
      }
      if ((2.5 == 9)) throw false;
    } catch (e23) {
      caught19 = typeof e23?.message === "string" && e23.message.slice(0, 2) === "u:" ? e23.name + "/" + e23.message : (e23?.name ?? e23);
      let o24 = ({ k1: (-65535), ...o12, 0: (1e3 ^ 9007199254740993) });
    }
    break;
  case "1":
    const a25 = Object.values(o12);
    var a26 = a6;
  case 2:
    break;
  default:
}
return [b1, a3, a6, o12, o13, 'a-b-c', (+({}))];
