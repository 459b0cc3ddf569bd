// expect: [1, 0]
let calls = 0;
const f = () => { calls++; return 5; };
const a = 1 ?? f();
const r = [a, calls];
return r;
