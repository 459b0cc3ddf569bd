// expect: ["a+b", "gim", true, false, true]
const re = /a+b/mgi;
return [re.source, re.flags, re.global, re.sticky, re.multiline];
