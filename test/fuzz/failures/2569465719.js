// Kitwork fuzz failure, program seed 2569465719
// reason: different results
// V8: ok [" NaN!","Error/u:ÅÉü",{"2":0,"10":-65535,"y":4,"len":-0.14285714285714285,"a":0,"c":0.5},null,true,false]
// VM: ok ["1,-5NaN!","Error/u:ÅÉü",{"2":0,"10":-65535,"y":4,"len":-0.14285714285714285,"a":0,"c":0.5},null,true,false]
// replay: node --import tsx test/fuzz/run.ts --replay 2569465719

let s1 = ` ${(({ y: (1 / 0), "b": (-0) }) - [1, (-0b101)])}!`.slice(0, 48);
if (false) {
  for (let i2 = 19; i2 > 0; i2--) {
    if (Number.isInteger(16)) {
      let a3 = [9, 10, (-4294967295)].slice((-1), 6).map((p4, i5) => (i2 + 9)).map((p6) => (~(i2 % p6)));
      let n7 = Math.round((-i2));
    }
    let n8 = (2147483647 / 5);
    if ((i2 == n8)) continue;
  }
  s1 &&= JSON.stringify("zz").split(" ").join("").slice(0, 48);
}
const f9 = (p10, p11 = '-7') => ({ ...({ ...({ y: 4, 10: (-65535), 2: 0 }), len: p10 }), ...(false ? ({ c: 5, "a": 0 }) : ({ a: 0, c: .5 })) });
let caught12 = null;
try {
  let n13 = [1, 7].length;
  let n14 = (n13 ** 2);
  n14 = (--n13);
  if ((6 > n13)) throw new Error("u:" + "ÅÉü");
} catch (e15) {
  caught12 = typeof e15?.message === "string" && e15.message.slice(0, 2) === "u:" ? e15.name + "/" + e15.message : (e15?.name ?? e15);
  if ((['Hi there', '  pad  ', "3.5", 'single', "a b c"].includes("b") && (false && false))) {
    let caught16 = null;
    try {
      let o17 = f9(((true ? (-1.5e300) : 7) << 7));
      const o18 = ({ ...({ "10": (-0) }), ...({}) });
    } catch (e19) {
      caught16 = typeof e19?.message === "string" && e19.message.slice(0, 2) === "u:" ? e19.name + "/" + e19.message : (e19?.name ?? e19);
      let s20 = ("a" + s1).slice(0, 48);
    } finally {
      var o21 = ({ ...f9(Math.min(2, (0 / 0))), x: (s1.at((-1)) ?? "").length });
      f9(Math.max((-1e-7), (-1 / 0), 6), s1);
    }
    for (let it22 of [16, 2, (-65535), 5]) {
      const o23 = ({ "x": 10 });
      const o24 = o23;
    }
  } else {
    if (Array.isArray(null)) {
      const o25 = (((false || false) && (true || false)) ? f9(Math.abs((-7)), 'abc,def') : ({ ...({ z_: 5, k1: (-0), "a": 31 }), len: (true + 5) }));
      let sa26 = ["ab", '3.5'];
    } else {
      s1 = s1;
    }
  }
}
let o27 = f9((6 / (-42)), `${false}$${4}!`);
let caught28 = null;
try {
  s1 ??= s1;
} catch (e29) {
  caught28 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
} finally {
  const a30 = [1, 1_000, (-16), (true + 2), (-1 / 0), 8];
}
return [s1, caught12, o27, caught28, (true && true), [8, 2.5].includes(1e3)];
