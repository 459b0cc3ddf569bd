// expect error: Invalid character
return atob("YQ=");
