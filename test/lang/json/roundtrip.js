// expect: [true, {"list":[1,{"x":"y"}],"s":"q\"uote"}]
const v = { list: [1, { x: "y" }], s: 'q"uote' };
const back = JSON.parse(JSON.stringify(v));
return [back !== v, back];
