// expect: ["utf-8",[97,195,169,226,130,172,240,159,152,128],[],3,3]
const e = new TextEncoder();
return [e.encoding, Array.from(e.encode("aé€😀")), Array.from(e.encode()), Array.from(e.encode("\uD800")).length, e.encode("abc").length];
