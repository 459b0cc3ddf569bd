// expect: {"k":[1,{"v":true}]}
const text = ({ k: [1, { v: true }] }).json();
return JSON.parse(text);
