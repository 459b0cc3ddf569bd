// expect: "q=search+term&n=5&t=true&list=1%2C2"
const p = new URLSearchParams({ q: "search term", n: 5, t: true, list: [1, 2] });
return p.toString();
