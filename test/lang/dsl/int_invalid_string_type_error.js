// expect error: TypeError
// expect error: abc
const ok = "5".int();
return ok + "abc".int();
