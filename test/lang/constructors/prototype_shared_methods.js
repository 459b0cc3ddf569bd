// expect: [true, "a:1", "b:2"]
function Item(name, n) { this.name = name; this.n = n; }
Item.prototype.label = function () { return this.name + ":" + this.n; };
const a = new Item("a", 1);
const b = new Item("b", 2);
return [a.label === b.label, a.label(), b.label()];
