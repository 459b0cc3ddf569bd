// expect: ["hi from o", true, false, ["name"], true]
const proto = { greet() { return "hi from " + this.name; } };
const o = Object.create(proto);
o.name = "o";
return [o.greet(), Object.getPrototypeOf(o) === proto, Object.hasOwn(o, "greet"), Object.keys(o), "greet" in o];
