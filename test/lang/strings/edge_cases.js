// expect: [0,0,[],["ab"],1,"TypeError","TypeError","TypeError","TypeError","TypeError"]
const out = ["".search(), "abc".search(), "ab".split(undefined, 0), "ab".split(undefined), [..."ab".matchAll()].length - 2];
const kinds = (f) => { try { f(); return "no error"; } catch (e) { return e.constructor.name; } };
out.push(
  kinds(() => "abc".startsWith(/a/)),
  kinds(() => "abc".endsWith(/c/)),
  kinds(() => "abc".includes(/b/)),
  kinds(() => String.prototype.replace.call(null, "a", "b")),
  kinds(() => String.prototype.replaceAll.call(undefined, "a", "b")),
);
return out;
