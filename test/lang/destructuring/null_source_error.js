// expect error: Cannot destructure
const { a } = null;
return a;
