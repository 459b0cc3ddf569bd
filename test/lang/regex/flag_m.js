// expect: [["b"], ["a", "b"], false]
const s = "a\nb";
return [s.match(/^b/gm).slice(), s.match(/^\w/gm), /^b/.test(s)];
