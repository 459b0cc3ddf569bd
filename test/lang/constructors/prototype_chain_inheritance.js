// expect: ["Rex makes a sound", "Rex barks", true, true]
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.bark = function () { return this.name + " barks"; };
const d = new Dog("Rex");
return [d.speak(), d.bark(), d instanceof Dog, d instanceof Animal];
