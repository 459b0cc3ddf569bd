// expect error: Invalid regular expression
return new RegExp("(");
