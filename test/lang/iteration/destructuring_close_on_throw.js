// expect: [["boom", 1], ["setter", 1], ["next", 0], [1, 2, 1]]
let returns = 0;
function iter(throwInNext) {
  let i = 0;
  return { [Symbol.iterator]() { return this; }, next() { if (throwInNext) throw new Error("next"); return { value: ++i, done: false }; }, return() { returns++; return {}; } };
}
const out = [];
try { const [a = (() => { throw new Error("boom"); })()] = { [Symbol.iterator]() { const it = iter(false); it.next = () => ({ value: undefined, done: false }); return it; } }; } catch (e) { out.push([e.message, returns]); }
returns = 0;
const o = { set x(v) { throw new Error("setter"); } };
try { [o.x] = iter(false); } catch (e) { out.push([e.message, returns]); }
returns = 0;
try { const [a, { b }] = iter(true); } catch (e) { out.push([e.message, returns]); }
returns = 0;
const [p, q] = iter(false);
out.push([p, q, returns]);
return out;
