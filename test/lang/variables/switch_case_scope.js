// expect: "two"
const v = 2;
switch (v) {
  case 1: {
    const msg = "one";
    return msg;
  }
  case 2: {
    const msg = "two";
    return msg;
  }
}
return "none";
