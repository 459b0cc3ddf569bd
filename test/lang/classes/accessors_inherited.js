// expect: [10, 20, "C", []]
class Box {
  #w = 0;
  get w() { return this.#w; }
  set w(v) { this.#w = v * 2; }
}
class Crate extends Box {
  get name() { return "C"; }
}
const c = new Crate();
c.w = 5;
const first = c.w;
c.w = 10;
const props = [];
for (const k in Object.getPrototypeOf(Crate.prototype)) props.push(k);
return [first, c.w, c.name, props];
