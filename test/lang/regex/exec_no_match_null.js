// expect: [true, "null"]
return [/z/.exec("abc") === null, String(/z/.exec("abc"))];
