// expect: ["ann", "bob", "cy"]
const people = [{ n: "cy" }, { n: "ann" }, { n: "bob" }];
return people.sort((a, b) => (a.n < b.n ? -1 : a.n > b.n ? 1 : 0)).map((p) => p.n);
