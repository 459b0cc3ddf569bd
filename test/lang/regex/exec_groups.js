// expect: [["key=val", "key", "val"], 2, "x key=val"]
const m = /(\w+)=(\w+)/.exec("x key=val");
return [[m[0], m[1], m[2]], m.index, m.input];
