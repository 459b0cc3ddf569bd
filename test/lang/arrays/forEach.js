// expect: [[["a", 0], ["b", 1]], "undefined"]
const seen = [];
const r = ["a", "b"].forEach((v, i) => seen.push([v, i]));
return [seen, String(r)];
