// expect: [1, -1, true, "a-b-c", "b", ["b", "c"], 2, "c", 4, [2, "b"], "x,a,b,c", [true, "y"], [0, 1, 2], ["c", "b", "a"]]
// Array methods on an array-like object (generic this), as in JavaScript.
const like = () => ({ 0: "a", 1: "b", 2: "c", length: 3 });
const P = Array.prototype;
const o = like();
const pushed = like();
P.push.call(pushed, "d");
const shifted = like();
P.shift.call(shifted);
const unshifted = like();
P.unshift.call(unshifted, "x");
const rev = like();
P.reverse.call(rev);
const joined = P.concat.call(o, "y");
return [
  P.indexOf.call(o, "b"),
  P.indexOf.call(o, "z"),
  P.includes.call(o, "c"),
  P.join.call(o, "-"),
  P.at.call(o, -2),
  P.slice.call(o, 1),
  P.lastIndexOf.call(o, "c"),
  P.pop.call(like()),
  pushed.length,
  [shifted.length, shifted[0]],
  P.join.call(unshifted),
  [joined[0] === o, joined[1]],
  [...P.keys.call(o)],
  [rev[0], rev[1], rev[2]],
];
