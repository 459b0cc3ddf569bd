// expect: [4, {"a":1}, "undefined"]
const sq = (x) => x * x;
const obj = () => ({ a: 1 });
const nothing = () => {};
return [sq(2), obj(), String(nothing())];
