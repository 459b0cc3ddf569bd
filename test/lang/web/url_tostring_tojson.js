// expect: ["https://a.test/x?y#z","https://a.test/x?y#z","https://a.test/x?y#z","\"https://a.test/x?y#z\"","{\"link\":\"https://a.test/x?y#z\"}","https://a.test/x?y#z"]
const u = new URL("https://a.test/x?y#z");
return [String(u), u.toString(), u + "", JSON.stringify(u), JSON.stringify({ link: u }), u.toJSON()];
