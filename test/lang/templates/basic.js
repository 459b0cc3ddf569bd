// expect: ["Hello, World!", "1 + 2 = 3", "plain"]
const who = "World";
return [`Hello, ${who}!`, `1 + 2 = ${1 + 2}`, `plain`];
