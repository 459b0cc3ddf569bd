// expect: [["26","27"],false,2]
const u = new URL("https://a.test/?a=1");
const p = u.searchParams;
u.search = "?z=26&z=27";
return [p.getAll("z"), p.has("a"), p.size];
