// expect: ["outer", "outer"]
const o = {
  n: "outer",
  make() { return () => this.n; },
};
const arrow = o.make();
return [arrow.call({ n: "other" }), arrow.bind({ n: "other2" })()];
