// expect: ["a",false,true]
const it = new URLSearchParams("a=1").keys();
const first = it.next();
const second = it.next();
return [first.value, first.done, second.done];
