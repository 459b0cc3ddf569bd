// expect: [1, 3, 8, true, false, ["name", "items"], "widget"]
class Widget {
  name = "widget";
  items = [];
  #count = 0;
  #base = 5;
  inc() { this.#count++; return this.#count; }
  add(n) { this.#count += n; return this.#count; }
  get #doubled() { return this.#base + this.#count; }
  total() { return this.#doubled; }
  static isWidget(o) { return #count in o; }
}
const w = new Widget();
return [w.inc(), w.add(2), w.total(), Widget.isWidget(w), Widget.isWidget({}), Object.keys(w), JSON.parse(JSON.stringify(w)).name];
