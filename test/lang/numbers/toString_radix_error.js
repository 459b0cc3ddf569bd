// expect error: toString() radix argument must be between 2 and 36
return (10).toString(1);
