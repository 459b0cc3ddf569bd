// expect: ["true", "false", true]
return [true.toString(), String(false), true.valueOf()];
