// expect error: is not defined
return notDeclaredAnywhere + 1;
