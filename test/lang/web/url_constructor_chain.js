// expect: [true,true,"x:"]
const u = new URL("x:");
return [u.constructor === URL, u.constructor.constructor === Function, u.href];
