// expect: [["1", "22", "333"], "null"]
return ["a1b22c333".match(/\d+/g), String("abc".match(/\d/g))];
