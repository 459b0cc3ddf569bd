// expect: ["{}",[]]
return [JSON.stringify(new URLSearchParams("a=1")), Object.keys(new URLSearchParams("a=1"))];
