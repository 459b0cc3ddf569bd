// expect error: SyntaxError
// expect error: JSON
return JSON.parse("{a:1}");
