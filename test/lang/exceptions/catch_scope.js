// expect: ["inner", "outer"]
const e = "outer";
let seen;
try {
  throw "inner";
} catch (e) {
  seen = e;
}
return [seen, e];
