// expect: ["https://h.test/a/c?q","https://h.test/root","https://other.test/p","https://h.test/a/b?only","https://h.test/a?b#h","https://abs.test/"]
return [
  new URL("../c?q", "https://h.test/a/b/").href,
  new URL("/root", "https://h.test/a/b").href,
  new URL("//other.test/p", "https://h.test/").href,
  new URL("?only", "https://h.test/a/b#x").href,
  new URL("#h", "https://h.test/a?b").href,
  new URL("https://abs.test/", "https://ignored.test/").href,
];
