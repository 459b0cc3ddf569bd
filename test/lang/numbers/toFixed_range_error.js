// expect error: toFixed() digits argument must be between 0 and 100
return (1).toFixed(101);
