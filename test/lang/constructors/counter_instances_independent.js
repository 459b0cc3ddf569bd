// expect: [2, 1]
function Counter() { this.n = 0; }
Counter.prototype.inc = function () { this.n++; return this; };
const a = new Counter();
const b = new Counter();
a.inc().inc();
b.inc();
return [a.n, b.n];
