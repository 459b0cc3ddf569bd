// expect: ["Anon", "Inner", 42, "Named"]
const Anon = class { v() { return 42; } };
const Named = class Inner { who() { return Inner.name; } };
return [Anon.name, new Named().who(), new Anon().v(), Named.name === "Inner" ? "Named" : "?"];
