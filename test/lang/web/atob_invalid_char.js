// expect error: Invalid character
return atob("ab*c");
