// expect error: Constructor Map requires 'new'
return Map();
