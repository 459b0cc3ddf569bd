// expect error: cannot be invoked without 'new'
return TextEncoder();
