// expect: ["a\\nb1c","x1y2z","x1y","pq","","only","p9q","TypeError","TypeError",["a","b"],"1u2"]
// String.raw as a tag, and called with any object whose raw is an array-like.
const errors = [];
try { String.raw(); } catch (e) { errors.push(e.name); }
try { String.raw({}); } catch (e) { errors.push(e.name); }
return [
  String.raw`a\nb${1}c`,
  String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3),
  String.raw({ raw: ["x", "y"] }, 1, 2, 3),
  String.raw({ raw: ["p", "q"] }),
  String.raw({ raw: [] }, 1),
  String.raw({ raw: "only" }).length === 4 ? "only" : "?",
  String.raw({ raw: { length: 2, 0: "p", 1: "q" } }, 9, 8),
  ...errors,
  String.raw`a${"|"}b`.split("|"),
  String.raw({ raw: { length: 3, 0: 1, 1: "u", 2: 2 } }),
];
