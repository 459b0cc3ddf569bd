// expect: [true,"hi",true,false,"cyclic","frozen","bad proto",1,null]
const a = {};
const p = { hi() { return "hi"; } };
const out = [Object.setPrototypeOf(a, p) === a, a.hi()];
class A {}
class B {}
const b = new B();
Object.setPrototypeOf(b, A.prototype);
out.push(b instanceof A, b instanceof B);
try { Object.setPrototypeOf(p, a); } catch (e) { if (e instanceof TypeError) out.push("cyclic"); }
try { Object.setPrototypeOf(Object.freeze({}), p); } catch (e) { if (e instanceof TypeError) out.push("frozen"); }
try { Object.setPrototypeOf({}, 1); } catch (e) { if (e instanceof TypeError) out.push("bad proto"); }
out.push(Object.setPrototypeOf(1, null));
out.push(Object.getPrototypeOf(Object.setPrototypeOf({}, null)));
return out;
