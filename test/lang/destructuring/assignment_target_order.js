// expect: ["target",["iter","obj1","next1","set1=1","obj2","key2","next2","set2=2","obj3","key3","next3","next4","set3=3","keyA","objA","get v","setA=1","objB","keyB","get w","setB=2","objR","keyR","setR=[object Object]","objD","default","setD=9","objE","defaultE","setE=8",7,"iter","objF","next1","setF=1","return","objG","setG=5"]]
// Destructuring assignment evaluates each property target's object and computed key
// before it steps the iterator (or gets the property), then the default, then stores;
// a target that throws while being evaluated closes the iterator.
const log = [];
const it = () => ({ i: 0, [Symbol.iterator]() { log.push("iter"); return this; },
  next() { this.i++; log.push("next" + this.i); return { value: this.i, done: this.i > 3 }; },
  return() { log.push("return"); return {}; } });
const obj = (n) => { log.push("obj" + n); return { set v(x) { log.push("set" + n + "=" + x); } }; };
const key = (n) => { log.push("key" + n); return "v"; };
[obj(1).v, obj(2)[key(2)], ...obj(3)[key(3)]] = it();
const src = { get v() { log.push("get v"); return 1; }, get w() { log.push("get w"); return 2; } };
({ [key("A")]: obj("A").v, w: obj("B")[key("B")], ...obj("R")[key("R")] } = src);
[obj("D").v = (log.push("default"), 9)] = [undefined];
({ x: obj("E").v = (log.push("defaultE"), 8) } = {});
class P { #p; static set(o, v) { [o.#p] = v; return o.#p; } }
log.push(P.set(new P(), [7]));
let err;
try { [obj("F").v, (() => { throw new Error("target"); })().x] = it(); } catch (e) { err = e.message; }
for ([obj("G").v] of [[5]]);
return [err, log];
