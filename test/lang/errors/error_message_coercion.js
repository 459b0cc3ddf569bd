// expect: ["42", "null"]
return [new Error(42).message, new Error(null).message];
