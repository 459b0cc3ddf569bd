// expect: ["hi",3]
const bytes = new TextEncoder().encode("\uFEFFhi");
return [new TextDecoder().decode(bytes), new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).length];
