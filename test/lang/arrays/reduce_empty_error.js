// expect error: Reduce of empty array with no initial value
return [].reduce((a, b) => a + b);
