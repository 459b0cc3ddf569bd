// expect: ["ok.test","bad:TypeError"]
function link(s) {
  try { return new URL(s).hostname; } catch (e) { return "bad:" + e.name; }
}
return [link("https://ok.test/x"), link("::not::")];
