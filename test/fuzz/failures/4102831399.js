// Kitwork fuzz failure, program seed 4102831399
// reason: V8 returned, VM threw
// V8: ok [[true,true,["q\"uote","a b c","true","b"],""],["Å","É","ü","a-b-c","Hi there","a"],[],0,"MiXeD","5",false]
// VM: throw TypeError: TypeError: g8 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 4102831399

const fs1 = [];
for (let i2 = 0; i2 < 2; i2++) {
  fs1.push((v) => v + i2);
}
const x3 = [true, true, ["q\"uote", "a b c", "true", "b"], ""];
const sa4 = "ÅÉü".split("").concat(["a-b-c", 'Hi there', "a"]).slice(0, 16);
var sa5 = Object.keys(({}));
var n6 = ([(-4294967295), 9007199254740993, (-0.5)].indexOf(20) + (6 + (-1 / 0)));
const a7 = fs1.map((g8) => g8((n6 = (+[]))));
let s9 = "MiXeD";
let s10 = ('3.5'.at(2) ?? "");
n6 >>>= n6;
return [x3, sa4, sa5, n6, s9, s10, (n6 != 0)];
