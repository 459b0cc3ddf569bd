// expect: ["inner", "outer"]
const outer = {
  name: "outer",
  inner: { name: "inner", who() { return this.name; } },
  who() { return this.name; },
};
return [outer.inner.who(), outer.who()];
