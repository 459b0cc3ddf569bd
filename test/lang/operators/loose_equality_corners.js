// expect: [false, false, true, false, true, true, true]
const o = {};
return [NaN == NaN, [] == [], [] == "", [] == [0], [0] == false, "\n" == 0, o == "[object Object]"];
