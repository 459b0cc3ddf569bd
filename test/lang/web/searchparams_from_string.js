// expect: ["1",["1","again"],"two words","&","",null,5,"a=1&b=two+words&c=%26&d=&a=again"]
const p = new URLSearchParams("?a=1&b=two+words&c=%26&&d&a=again");
return [p.get("a"), p.getAll("a"), p.get("b"), p.get("c"), p.get("d"), p.get("missing"), p.size, p.toString()];
