// expect: ["HELLO 1", "hello", "ÉCOLE", "strasse"]
return ["Hello 1".toUpperCase(), "HeLLo".toLowerCase(), "école".toUpperCase(), "STRASSE".toLowerCase()];
