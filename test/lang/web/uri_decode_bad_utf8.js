// expect error: URI malformed
return decodeURIComponent("%C3%28");
