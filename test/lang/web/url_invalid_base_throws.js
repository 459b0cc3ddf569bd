// expect error: Invalid URL
return new URL("/p", "also not a url");
