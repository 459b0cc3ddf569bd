// expect: [1, 2, true, true]
const s = "😀";
return [s.match(/./gu).length, s.match(/./g).length, /^.$/u.test(s), /\u{1F600}/u.test(s)];
