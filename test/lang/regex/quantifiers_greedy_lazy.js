// expect: ["<a><b>", "<a>", "aaa", "a"]
return ["<a><b>".match(/<.+>/)[0], "<a><b>".match(/<.+?>/)[0], "aaaa".match(/a{2,3}/)[0] + "", "aaa".match(/a+?/)[0]];
