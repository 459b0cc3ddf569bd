// expect: ["mine",["note"]]
const u = new URL("https://a.test/");
u.note = "mine";
return [u.note, Object.keys(u)];
