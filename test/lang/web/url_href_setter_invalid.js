// expect error: Invalid URL
const u = new URL("https://a.test/"); u.href = "nope"; return u.href;
