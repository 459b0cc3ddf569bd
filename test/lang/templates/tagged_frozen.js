// expect: [true,true,true,true,["0","1"],{"value":["a","b"],"writable":false,"enumerable":false,"configurable":false},2,"TypeError","TypeError","TypeError",["0","1"]]
// The strings array and its raw array are frozen; raw is a non-enumerable own property.
const s = ((x) => x)`a${0}b`;
const d = Object.getOwnPropertyDescriptor(s, "raw");
const errors = [];
try { s[0] = "z"; } catch (e) { errors.push(e.name); }
try { s.raw.push("z"); } catch (e) { errors.push(e.name); }
try { s.extra = 1; } catch (e) { errors.push(e.name); }
return [Object.isFrozen(s), Object.isFrozen(s.raw), Array.isArray(s), Array.isArray(s.raw), Object.keys(s),
  { value: [...d.value], writable: d.writable, enumerable: d.enumerable, configurable: d.configurable }, s.length, ...errors, Object.getOwnPropertyNames(s).filter((k) => k !== "length" && k !== "raw")];
