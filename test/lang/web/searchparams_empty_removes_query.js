// expect: ["https://a.test/",""]
const u = new URL("https://a.test/?a=1");
u.searchParams.delete("a");
return [u.href, u.search];
