// expect error: not supported
function tag(s) { return s; }
return tag`x`;
