// expect: "\"a\\\"b\\\\c\\nd\\te\\u0001\""
return JSON.stringify("a\"b\\c\nd\te\u0001");
