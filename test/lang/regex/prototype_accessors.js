// expect: ["function", "gy", true, "undefined", "TypeError", 1, "TypeError", "(?:)", "gi", 1]
// RegExp.prototype's flags and source, and Map/Set.prototype.size, are accessors of the
// prototype: callable on other receivers (flags reads them), refusing foreign ones.
const d = Object.getOwnPropertyDescriptor(RegExp.prototype, "flags");
const g = Object.getOwnPropertyDescriptor(RegExp.prototype, "global").get;
const s = Object.getOwnPropertyDescriptor(Map.prototype, "size").get;
let e1, e2;
try { g.call({}); } catch (e) { e1 = e.constructor.name; }
try { s.call(new Set()); } catch (e) { e2 = e.constructor.name; }
return [typeof d.get, d.get.call({ global: 1, sticky: true, hasIndices: 0 }), g.call(/a/g), String(g.call(RegExp.prototype)), e1, s.call(new Map([[1, 2]])), e2, RegExp.prototype.source, /x/gi.flags, new Set([1]).size];
