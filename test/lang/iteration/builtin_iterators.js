// expect: [{"value": 7, "done": false}, [[1, 2]], [5, 6], ["h", "é"], "function", true, true, true]
const it = [7, 8][Symbol.iterator]();
const m = new Map([[1, 2]]);
return [it.next(), [...m[Symbol.iterator]()], [...new Set([5, 6])[Symbol.iterator]()], [..."hé"[Symbol.iterator]()], typeof "ab"[Symbol.iterator],
  Array.prototype[Symbol.iterator] === Array.prototype.values, Map.prototype[Symbol.iterator] === Map.prototype.entries, it[Symbol.iterator]() === it];
