// expect: [true,false,true,false,"b=2&c=3&a=0","a=0&b=2&c=3","a=0&b=2&c=three",3]
const p = new URLSearchParams("b=2&a=1&c=3&a=0");
const out = [];
out.push(p.has("a"), p.has("z"), p.has("a", "0"), p.has("a", "9"));
p.delete("a", "1");
out.push(p.toString());
p.sort();
out.push(p.toString());
p.set("c", "three");
out.push(p.toString(), p.size);
return out;
