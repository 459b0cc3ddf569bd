// expect error: InvalidCharacterError
return atob("a");
