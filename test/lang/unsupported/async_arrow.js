// expect error: not supported
const f = async () => 1;
return 1;
