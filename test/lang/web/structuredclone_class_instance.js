// expect: [3,null,false,true]
function P(x) { this.x = x; }
P.prototype.hello = function () { return "hi"; };
const c = structuredClone(new P(3));
return [c.x, c.hello, c instanceof P, Object.getPrototypeOf(c) === Object.prototype];
