// expect error: called with a non-global RegExp argument
return "aaa".replaceAll(/a/, "b");
