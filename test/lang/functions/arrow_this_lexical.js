// expect: [42, 42]
const o = {
  v: 42,
  m() {
    const inner = () => this.v;
    const nested = () => (() => this.v)();
    return [inner(), nested()];
  },
};
return o.m();
