// expect: [1, 2, 3, 3]
function make() {
  let n = 0;
  return { inc: () => ++n, get: () => n };
}
const c = make();
return [c.inc(), c.inc(), c.inc(), c.get()];
