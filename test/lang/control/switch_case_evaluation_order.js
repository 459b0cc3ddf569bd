// expect: [["c1", "c2"], "two"]
const log = [];
const c = (v, tag) => { log.push(tag); return v; };
let r;
switch (2) {
  case c(1, "c1"): r = "one"; break;
  case c(2, "c2"): r = "two"; break;
  case c(3, "c3"): r = "three"; break;
}
return [log, r];
