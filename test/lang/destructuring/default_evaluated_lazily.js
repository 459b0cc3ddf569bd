// expect: [1, 0, 2, 1]
let calls = 0;
const d = () => { calls++; return 2; };
const [a = d()] = [1];
const before = calls;
const [b = d()] = [];
return [a, before, b, calls];
