// expect: ["hexlo", "xello", "hello", "$llo", "he[l]lo"]
return ["hello".replace("l", "x"), "hello".replace("h", "x"), "hello".replace("z", "x"), "hello".replace("he", "$$"), "hello".replace("l", "[$&]")];
