// expect: [[1], [1], 2]
let made = 0;
function f(list = (made++, [])) { list.push(1); return list; }
const a = f();
const b = f();
return [a, b, made];
