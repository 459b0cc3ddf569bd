// expect: ["TypeError: Cannot convert a Symbol value to a string", "TypeError: Cannot convert a Symbol value to a number", "TypeError", "Symbol(x)", true, false]
const s = Symbol("x");
const out = [];
try { s + ""; } catch (e) { out.push(e.name + ": " + e.message); }
try { +s; } catch (e) { out.push(e.name + ": " + e.message); }
try { new Symbol(); } catch (e) { out.push(e.name); }
out.push(String(s), !!s, s == "Symbol(x)");
return out;
