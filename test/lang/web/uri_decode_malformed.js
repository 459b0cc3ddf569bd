// expect error: URI malformed
return decodeURIComponent("%");
