// expect: ["https://a.test:81/","81"]
const u = new URL("https://a.test:81/");
u.port = "not a port";
u.protocol = "not a scheme!";
u.host = "";
return [u.href, u.port];
