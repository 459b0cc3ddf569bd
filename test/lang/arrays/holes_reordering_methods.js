// expect: [[6, ["0", "1", "2", "3"], ["1", "2", "3", "u"]], [["1"], 3], [["0", "2", "4", "5"], 6], ["0", "1", "3"], [["0", "1", "3"], ["1"], 2], ["0", "2", "4"], [["0", "1", "2"], [0, 0, 0]], ["[1,null,3]", "[null,null]", "{\"a\":[null]}"], [["0", "1", "2"], ["0", "1", "2"], ["0", "1", "2"]]]
// sort moves holes after the undefineds; slice, concat, reverse, splice and copyWithin
// keep them where JavaScript does; fill fills them; JSON.stringify writes null; the
// copying methods toSorted, toReversed and with give undefined for them.
const sorted = [3, undefined, , 1, , 2].sort();
const sliced = [1, , 3, , 5].slice(1, 4);
const joined = [1, , 3].concat([, 4], 5);
const reversed = [1, , 3, 4].reverse();
const spliced = [1, , 3, , 5];
const removed = spliced.splice(1, 2, "x");
const copied = [1, , 3, 4, 5].copyWithin(2, 0, 2);
const filled = new Array(3).fill(0);
return [
  [sorted.length, Object.keys(sorted), sorted.slice(0, 4).map((v) => (v === undefined ? "u" : String(v)))],
  [Object.keys(sliced), sliced.length],
  [Object.keys(joined), joined.length],
  Object.keys(reversed),
  [Object.keys(spliced), Object.keys(removed), removed.length],
  Object.keys(copied),
  [Object.keys(filled), filled],
  [JSON.stringify([1, , 3]), JSON.stringify(new Array(2)), JSON.stringify({ a: [,] })],
  [Object.keys([3, , 1].toSorted()), Object.keys([1, , 3].toReversed()), Object.keys([1, , 3].with(0, 9))],
];
