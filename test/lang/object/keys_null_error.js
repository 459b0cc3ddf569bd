// expect error: Cannot convert undefined or null to object
return Object.keys(null);
