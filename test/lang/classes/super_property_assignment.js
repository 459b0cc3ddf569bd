// expect: [[10,"A"],{"x":5,"y":7,"k1":1},"setter on A saw 6",true,"TypeError","TypeError"]
class A {
  set tagged(v) { this.seen = "setter on A saw " + v; }
  get ro() { return 1; }
}
class B extends A {
  set own(v) { this.ownCalls = (this.ownCalls ?? 0) + 1; }
  run() {
    const r = (super.x = 10);
    return [r, "A"];
  }
  data() {
    const o = {};
    super.y = 7;
    super["k" + 1] = 1;
    super.tagged = 6;
    super.own = 3; // B's own setter is not called: the value becomes this's own property
    return o;
  }
}
const b = new B();
const out = [b.run()];
b.x = 5;
b.data();
out.push({ x: b.x, y: b.y, k1: b.k1 }, b.seen, Object.getOwnPropertyDescriptor(b, "own").value === 3 && b.ownCalls === undefined);
class C extends A { m() { super.ro = 2; } }
try { new C().m(); } catch (e) { out.push(e.constructor.name); }
class D { m() { super.z = 1; } }
try { Object.freeze(new D()).m(); } catch (e) { out.push(e.constructor.name); }
return out;
