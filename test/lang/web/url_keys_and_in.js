// expect: [[],true,true,"function","function",true]
const u = new URL("https://a.test/");
return [Object.keys(u), "href" in u, "searchParams" in u, typeof URL, typeof URL.prototype.toString, u instanceof URL];
