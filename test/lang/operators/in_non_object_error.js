// expect error: Cannot use 'in' operator
return "a" in "abc";
