// expect: [3, "made", 10, 11, ["count", "label"]]
class Registry {
  static count = 0;
  static label = "made";
  static #secret = 10;
  static { Registry.count += 3; }
  static create() { return new Registry(); }
  static get secret() { return this.#secret; }
  static bump() { return ++Registry.#secret; }
}
return [Registry.count, Registry.label, Registry.secret, Registry.bump(), Object.keys(Registry)];
