// expect error: Invalid count value
return "a".repeat(-1);
