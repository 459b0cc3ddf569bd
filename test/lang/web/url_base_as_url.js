// expect: "https://h.test/dir/other"
const base = new URL("https://h.test/dir/file");
return new URL("other", base).href;
