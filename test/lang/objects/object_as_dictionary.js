// expect: {"a":3,"b":1,"c":2}
const counts = {};
for (const ch of "abacca".split("")) {
  counts[ch] = (counts[ch] || 0) + 1;
}
return counts;
