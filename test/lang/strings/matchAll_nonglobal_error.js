// expect error: called with a non-global RegExp argument
return [..."a".matchAll(/a/)];
