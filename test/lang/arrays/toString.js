// expect: ["1,2", "1,2,3", ""]
return [String([1, 2]), [1, [2, 3]].toString(), String([])];
