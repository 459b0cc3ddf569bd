// expect: ["a<-@1>b<-@3>c", [["-", 1, "a-b-c"], ["-", 3, "a-b-c"]], "k=V"]
const calls = [];
const r = "a-b-c".replace(/-/g, (m, off, str) => { calls.push([m, off, str]); return "<" + m + "@" + off + ">"; });
const g = "k=v".replace(/(\w)=(\w)/, (all, k, v) => k + "=" + v.toUpperCase());
return [r, calls, g];
