// expect error: Right-hand side of 'instanceof' is not callable
return {} instanceof {};
