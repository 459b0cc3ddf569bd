// expect: "http://me:s3cret@b.test:8443/new%20path?x=1#top"
const u = new URL("https://a.test/p?q=1#h");
u.pathname = "/new path";
u.search = "x=1";
u.hash = "top";
u.port = "8443";
u.hostname = "b.test";
u.username = "me";
u.password = "s3cret";
u.protocol = "http";
return u.href;
