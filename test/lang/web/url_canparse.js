// expect: [true,false,true,false]
return [URL.canParse("https://a.test"), URL.canParse("nope"), URL.canParse("/x", "https://a.test"), URL.canParse("/x")];
