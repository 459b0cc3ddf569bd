// expect: [true,true,true,"undefined","TypeError"]
// A parenthesised optional chain ending in a member keeps its object as this when called.
const o = { m() { return this === o; }, n: null };
const none = null;
let e = "none";
try { (none?.m)(); } catch (err) { e = err.name; }
return [(o?.m)(), (o?.["m"])(), (o?.m)?.(), typeof (none?.m)?.(), e];
