// expect: [true,true]
const s = "a/b c?d=é&f=😀#g%";
return [decodeURIComponent(encodeURIComponent(s)) === s, decodeURI(encodeURI(s)) === s];
