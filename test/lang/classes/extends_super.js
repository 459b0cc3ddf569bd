// expect: ["Rex makes a sound", "Rex barks", true, true, "Dog", "animal:Rex", 2, "Rex"]
class Animal {
  static kind = "animal";
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  static describe(a) { return `${this.kind}:${a.name}`; }
  get label() { return this.name; }
}
class Dog extends Animal {
  legs = 2;
  constructor(name) { super(name); }
  bark() { return `${this.name} barks`; }
  speak() { return super.speak(); }
  static describe(a) { return super.describe(a); }
  get label() { return super.label; }
}
const d = new Dog("Rex");
return [d.speak(), d.bark(), d instanceof Dog, d instanceof Animal, d.constructor.name, Dog.describe(d), d.legs, d.label];
