// expect: ["bound:1:2", "bound:5:6", "bound"]
function f(a, b) { return this.n + ":" + a + ":" + b; }
const g = f.bind({ n: "bound" });
const h = f.bind({ n: "bound" }, 5);
const m = function () { return this.n; }.bind({ n: "bound" });
return [g(1, 2), h(6), m()];
