// Kitwork fuzz failure, program seed 1567280574
// reason: V8 returned, VM threw
// V8: ok [{"a":NaN},-1,[],1,2]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1567280574

var o1 = ({ a: (0 / 0) });
let n2 = [20, 2, (1 / 0), 9].filter((x3) => x3 === x3).sort((x3, y4) => x3 - y4).map(p5 => (p5 / p5)).indexOf((([8, 1, 6] - o1) ?? [(-0), 0.1].indexOf(10)));
var a6 = [...[8]].filter((x7) => x7 === x7).sort((x7, y8) => y8 - x7).slice().sort();
var n11 = a6.length;
if (["zz", "1e3", "MiXeD"].includes('ÅÉü')) {
  if (((n2 * n11) < (n11 + 'single'))) {
    if ((typeof (true ? [(-256), (-1_000), 3.75] : undefined) === "string")) {
      const b12 = [9, (-0), 3, 7].includes(n2);
      const [s13 = "true", s14 = "\u0041\x42", ] = ['  pad  ', "😀x", 'zz'].filter(p15 => false);
      const n16 = (++n2);
    } else if ((typeof [] === "object")) {
      let sa17 = ["12", "q\"uote", "abc,def"].map((p18) => p18).map(p19 => p19);
      --n11;
    } else {
      n2--;
      let b20 = (["null", "  pad  ", "zz"].join(" ")[0] ?? "MiXeD").startsWith(([5, 9007199254740991, 2].indexOf(0.1) + ('a b c'[2] ?? "0")));
    }
  } else {
    o1["k1"] = n2;
    n11 /= (n11 + n11);
  }
  o1 ||= ({ ...({ k1: 9007199254740991, 0: (-256), 10: 0, c: 1000 }), ...({ z_: (-1) }) });
  for (const it21 of a6) {
    n2 = (a6.includes((-255)) + (it21 * n2));
    let caught22 = null;
    try {
      o1 = ({ ...({ "k1": 16, a: (1 / 0) }), x: (-31) });
      const n23 = "true".indexOf("0");
    } catch (e24) {
      caught22 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
    }
    for (let i25 = 12; i25 > 0; i25--) {
      ++n11;
      const sa26 = ["tab\tend", "MiXeD", "zz", "12"];
    }
  }
} else {
  a6 = Array.from({ length: 0 }, (_, i27) => i27 * (-16));
}
if ([3, 9, (-0o17), 100, (-255)].join(" ").includes(''.toLowerCase())) {
  let o28 = ({ ...o1, b: n2 });
  const s29 = JSON.stringify(("a".repeat(2)[2] ?? "3.5")).slice(0, 48);
} else if (["Hi there", "b", "b", "true"].includes('-7')) {
  switch ((true ? "q\"uote" : "true")) {
    case "ab": {
      break;
    }
    default:
      const n30 = 42;
      if ((false && true)) {
        ++n2;
      } else if ([n2, (0 / 0)].includes((n2 / (-1 / 0)))) {
        const n31 = (-Math.max(...a6));
        n11 &&= (7 >>> n11);
      }
      break;
    case "0":
    case "x,y,z":
  }
}
return [o1, n2, a6, n11, (++n11)];
