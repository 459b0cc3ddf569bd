// expect: ["?a=x%26y&c=3+4","https://a.test/?a=x%26y&c=3+4",true]
const u = new URL("https://a.test/?a=1&b=2");
const p = u.searchParams;
p.append("c", "3 4");
p.set("a", "x&y");
p.delete("b");
return [u.search, u.href, p === u.searchParams];
