// expect: ["SyntaxError", "ReferenceError", "EvalError", "URIError"]
return [new SyntaxError("a").name, new ReferenceError("b").name, new EvalError("c").name, new URIError("d").name];
