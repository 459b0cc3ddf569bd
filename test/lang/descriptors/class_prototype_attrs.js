// expect: [{"writable":false,"enumerable":false,"configurable":false},false,true]
class P { m() {} }
const d = Object.getOwnPropertyDescriptor(P, "prototype");
const m = Object.getOwnPropertyDescriptor(P.prototype, "m");
return [{ writable: d.writable, enumerable: d.enumerable, configurable: d.configurable }, m.enumerable, m.writable];
