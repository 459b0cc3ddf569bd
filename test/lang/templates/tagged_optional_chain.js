// expect error: SyntaxError
// v8-message: skip
// An optional chain cannot be a template's tag (a?.b`x` is an early SyntaxError in JavaScript).
const a = { b: (s) => s };
return a?.b`x`;
