// expect error: URI malformed
return decodeURI("%E2%82");
