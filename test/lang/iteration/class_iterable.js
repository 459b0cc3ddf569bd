// expect: [["a", "b"], ["a", "b"], "a|b", true]
class Bag {
  #items = [];
  add(x) { this.#items.push(x); return this; }
  [Symbol.iterator]() { return this.#items[Symbol.iterator](); }
}
const bag = new Bag().add("a").add("b");
const out = [];
for (const x of bag) out.push(x);
return [out, [...bag], Array.from(bag).join("|"), Symbol.iterator in bag];
