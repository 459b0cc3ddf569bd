// expect: ["b.test","/x","2",null]
const u = new URL("https://a.test/?a=1");
const p = u.searchParams;
u.href = "https://b.test/x?b=2";
return [u.host, u.pathname, p.get("b"), p.get("a")];
