// expect: ["hexxo", "h_ll_", "HELLO world", "b-a"]
return ["hello".replace(/l/g, "x"), "hello".replace(/[aeiou]/g, "_"), "hello world".replace(/^\w+/, (m) => m.toUpperCase()), "a-b".replace(/(\w)-(\w)/, "$2-$1")];
