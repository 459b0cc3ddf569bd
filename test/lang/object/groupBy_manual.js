// expect: {"odd":[1,3],"even":[2]}
const groups = {};
for (const n of [1, 2, 3]) {
  const k = n % 2 ? "odd" : "even";
  (groups[k] ||= []).push(n);
}
return groups;
