// expect error: notATag is not a function
const notATag = 42;
return notATag`x${1}`;
