// expect: [2, 3, -1, 0, 4, 1, 0]
const s = "hello";
return [s.indexOf("l"), s.lastIndexOf("l"), s.indexOf("z"), s.indexOf(""), s.indexOf("o", 2), s.indexOf("e", 1), "aaa".lastIndexOf("a", 0)];
