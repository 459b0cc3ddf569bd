// expect: "outer(inner(x))"
const x = "x";
return `outer(${`inner(${x})`})`;
