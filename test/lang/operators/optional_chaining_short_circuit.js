// expect: ["undefined", 0]
let calls = 0;
const side = () => { calls++; return "k"; };
const n = null;
const r = n?.a.b.c[side()]();
return [String(r), calls];
