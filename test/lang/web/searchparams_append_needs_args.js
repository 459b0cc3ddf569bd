// expect error: must be specified
new URLSearchParams().append("only");
