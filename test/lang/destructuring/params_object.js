// expect: ["Ann:30", "Bob:0"]
function fmt({ name, age = 0 }) { return name + ":" + age; }
return [fmt({ name: "Ann", age: 30 }), fmt({ name: "Bob" })];
