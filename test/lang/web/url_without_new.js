// expect error: cannot be invoked without 'new'
return URL("https://a.test/");
