// expect: ["utf-8",false,false,"héllo wörld 😀",""]
const d = new TextDecoder();
const e = new TextEncoder();
return [d.encoding, d.fatal, d.ignoreBOM, d.decode(e.encode("héllo wörld 😀")), d.decode()];
