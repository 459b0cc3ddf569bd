// expect: ["q=a+b%2Bc%26d%3De%2F%C3%A9%3F&emoji=%F0%9F%98%80&sym=*-._%7E%21%27%28%29","a b+c&d=e/é?"]
const p = new URLSearchParams();
p.append("q", "a b+c&d=e/é?");
p.append("emoji", "😀");
p.append("sym", "*-._~!'()");
return [p.toString(), new URLSearchParams(p.toString()).get("q")];
