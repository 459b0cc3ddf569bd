// expect error: RangeError: Invalid time value
return new Date(NaN).toISOString();
