// expect: ["utf-8","utf-8",true]
return [new TextDecoder("UTF-8").encoding, new TextDecoder(" utf8 ").encoding, new TextDecoder("utf-8", { fatal: true }).fatal];
