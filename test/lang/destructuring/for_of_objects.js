// expect: ["x", 3]
const items = [{ name: "x", n: 1 }, { name: "y", n: 2 }];
let total = 0, firstName;
for (const { name, n } of items) {
  if (firstName === undefined) firstName = name;
  total += n;
}
return [firstName, total];
