// Kitwork fuzz failure, program seed 3293523649
// reason: V8 returned, VM threw
// V8: ok [{"10":NaN},"1e3",[0,NaN,0,0,0,0]]
// VM: throw TypeError: TypeError: Cannot create property '20,7,0,7,42,1000' on string '20,7,0,7,42,1000'
// replay: node --import tsx test/fuzz/run.ts --replay 3293523649

const o1 = ({});
o1["10"] = (+[20, 7, (-0), 7, 42, 1_000]);
if ((JSON.stringify([undefined]) > ("3.5".at(1) ?? ""))) {
  let caught2 = null;
  try {
    for (var i3 = 18; i3 > 0; i3--) {
      let s4 = ("" + (i3 / 4)).slice(0, 48);
      delete o1["b"];
    }
    if ([9, 100, (-3), 4, (0 / 0)].map(p5 => i3).includes((true ? i3 : i3))) throw new Error("u:" + ("1e3" + "1e3"));
  } catch (e6) {
    caught2 = typeof e6?.message === "string" && e6.message.slice(0, 2) === "u:" ? e6.name + "/" + e6.message : (e6?.name ?? e6);
  }
} else {
  let s7 = JSON.stringify(Object.keys(o1).map((p8) => "a-b-c")).slice(0, 48);
}
const s9 = "1e3";
const a10 = [7, (0 / 0), 5, (-100), 1, 6].map(p11 => Math.min(5, 9007199254740993, p11)).map((p12, i13) => ((p12 - p12) / 6));
return [o1, s9, a10];
