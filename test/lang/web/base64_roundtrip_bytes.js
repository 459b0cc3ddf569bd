// expect: [344,true]
let s = "";
for (let i = 0; i < 256; i++) s += String.fromCharCode(i);
const enc = btoa(s);
return [enc.length, atob(enc) === s];
