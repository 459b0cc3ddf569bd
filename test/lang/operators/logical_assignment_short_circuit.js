// expect: [1, 0, {"a":1,"b":2}]
let calls = 0;
const rhs = () => { calls++; return 99; };
const o = { a: 1 };
o.a ||= rhs();
const afterOr = o.a;
o.b ??= 2;
o.b ??= rhs();
return [afterOr, calls, o];
