// expect error: not supported
const fs = require("fs");
return 1;
