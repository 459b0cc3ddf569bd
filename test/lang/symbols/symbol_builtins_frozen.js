// expect: ["TypeError", "symbol", "Symbol.iterator"]
"use strict";
const out = [];
try { Symbol.iterator = 1; } catch (e) { out.push(e.name); }
out.push(typeof Symbol.iterator, Symbol.iterator.description);
return out;
