// Kitwork fuzz failure, program seed 206544848
// reason: different results
// V8: ok [{"2":-1000,"z_":-5},20,NaN,5,{"y":20,"k1":7},{"2":-1000,"z_":-5},"object",0]
// VM: ok [{"2":-1000,"z_":-5},"",[],5,{"y":20,"k1":7},{"2":-1000,"z_":-5},"object",0]
// replay: node --import tsx test/fuzz/run.ts --replay 206544848

const o1 = (true ? ({ z_: (-0b101), "2": (-1e3) }) : ({ b: 20, z_: 3 }));
let w2 = 0;
while (w2 < 20) {
  w2 += 1;
  let caught3 = null;
  try {
    if (([(-0), 7, 1.5, 1.5].map(p4 => p4) !== o1?.a)) {
      let b5 = ((false ?? ((-9007199254740993) / 1000)) > (false ? 'x,y,z' : "0").indexOf(("MiXeD".at((-1)) ?? "")));
      let s6 = ("tab\tend".repeat(1) + ("x,y,z" + [(-2147483647), 9007199254740991, (-0.5)])).slice(0, 48);
      let { c: n7, len: n8 = 100, ...o9 } = ({});
    } else if ("hello".includes("abc,def")) {
      if ((JSON.stringify(1) === "tab\tend".padStart(8))) throw new Error("u:" + "");
      if (((o1.len ?? 1e3) !== (1e21 / (-0)))) continue;
    } else {
      let s10 = "a".slice(3);
    }
    if ((true && false)) {
      const { len: n11 = 1, c: n12 = 7, x: n13 } = o1;
      const x14 = [(-1.5e300)];
    } else {
      let { b: n15, c: n16, ...o17 } = ({ ...({ 0: 9007199254740991, y: 5 }), a: 5 });
      var n18 = Object.values(o17).length;
    }
  } catch (e19) {
    caught3 = typeof e19?.message === "string" && e19.message.slice(0, 2) === "u:" ? e19.name + "/" + e19.message : (e19?.name ?? e19);
  }
}
let [, n20, n21 = 6] = [...[1_000, (0 / 0), 5], ...[2, (-1000), 0, 4294967296, 4294967296]];
var o22 = ({ ...({}), ...({ y: w2, k1: 7 }) });
var o23 = o1;
for (let i24 = 15; i24 > 0; i24--) {
  let [s25 = "1e3"] = ["a-b-c", "3.5"].map((p26) => "ÅÉü");
  const a27 = [9, ...[...[5, 16]].filter((x28) => x28 === x28).sort((x28, y29) => y29 - x28), ...[8, 10, (-0)].slice().sort()].slice(0, 16);
  let caught32 = null;
  try {
    if (false) {
      if (a27.length < 64) a27.push(1);
    }
    if ([].includes((123.456 / n21))) throw [0];
  } catch (e33) {
    caught32 = typeof e33?.message === "string" && e33.message.slice(0, 2) === "u:" ? e33.name + "/" + e33.message : (e33?.name ?? e33);
    if (["true", "x,y,z", "line\nbreak", '1e3'].includes(s25)) {
      if (0 < a27.length) a27[0] *= s25.length;
      let o34 = ({ ...({ ...(false ? o23 : ({ 0: 9, y: 5 })), x: 4 }), y: n21 });
    }
  }
}
const f35 = function (p36 = "a-b-c") {
  for (var i37 = 0; i37 < 10; i37 += 3) {
    ++n21;
    if (true) throw "\u0041\x42";
  }
  o23 = o23;
  ++n21;
  return ({ ...o22, ...o22 });
};
return [o1, w2, n20, n21, o22, o23, (typeof ({ c: (-1 / 0), k1: 3, y: 5, len: 4294967295 })), (+[])];
