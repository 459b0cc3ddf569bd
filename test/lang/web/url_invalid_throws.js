// expect error: Invalid URL
return new URL("not a url");
