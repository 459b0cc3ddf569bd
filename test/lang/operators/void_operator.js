// expect: [true, true, 1]
let x = 0;
const r = void (x = 1);
return [r === undefined, void 0 === undefined, x];
