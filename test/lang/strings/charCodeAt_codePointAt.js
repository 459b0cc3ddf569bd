// expect: [97, "NaN", 55357, 128512, 56832, 66]
const smile = "😀";
return ["abc".charCodeAt(0), String("abc".charCodeAt(9)), smile.charCodeAt(0), smile.codePointAt(0), smile.codePointAt(1), "AB".codePointAt(1)];
