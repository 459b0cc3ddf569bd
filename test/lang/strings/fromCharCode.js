// expect: ["ABC", "😀", "é"]
return [String.fromCharCode(65, 66, 67), String.fromCodePoint(128512), String.fromCharCode(233)];
