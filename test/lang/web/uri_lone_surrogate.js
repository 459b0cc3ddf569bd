// expect error: URI malformed
return encodeURIComponent("\uD800");
