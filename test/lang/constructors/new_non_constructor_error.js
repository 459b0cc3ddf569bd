// expect error: is not a constructor
const f = () => 1;
return new f();
