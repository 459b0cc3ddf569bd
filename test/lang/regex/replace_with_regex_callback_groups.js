// expect: "Hello World From Regex"
return "hello world from regex".replace(/\b(\w)(\w*)/g, (m, first, rest) => first.toUpperCase() + rest);
