// expect: [true, 2]
const m = /a(b)?c/.exec("ac");
return [m[1] === undefined, m.length];
