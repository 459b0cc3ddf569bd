// expect: ["https://user:pw@example.com:8080/a/b?x=1&y=2#frag","https://example.com:8080","https:","user","pw","example.com:8080","example.com","8080","/a/b","?x=1&y=2","#frag"]
const u = new URL("https://user:pw@example.com:8080/a/b?x=1&y=2#frag");
return [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash];
