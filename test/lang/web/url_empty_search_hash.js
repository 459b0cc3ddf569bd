// expect: ["","","https://a.test/p?#"]
const u = new URL("https://a.test/p?#");
return [u.search, u.hash, u.href];
