// expect: ["obj:x","obj:y","obj:z","private:p","super:s","chain:c",true,"made:n",["t1","t2"]]
// A member tag is called with its object as this, as a method call is.
class Base { tag(s) { return "super:" + s[0]; } }
class Thing extends Base {
  #name = "private";
  #tag(s) { return this.#name + ":" + s[0]; }
  priv() { return this.#tag`p`; }
  viaSuper() { return super.tag`s`; }
}
const obj = {
  name: "obj",
  tag(s) { return this.name + ":" + s[0]; },
  nested: { get inner() { return obj; } },
};
const key = "tag";
const chain = { name: "chain", tag(s) { return this.name + ":" + s[0]; } };
// new tag`x` is new (tag`x`)(): the tag's result is the constructor.
function maker(s) { return function () { this.made = "made:" + s[0]; }; }
// A call's result as the tag.
const seq = [];
const tagger = (n) => (s) => { seq.push("t" + n); return s; };
tagger(1)`a`; tagger(2)`b`;
const t = new Thing();
return [obj.tag`x`, obj[key]`y`, obj.nested.inner.tag`z`, t.priv(), t.viaSuper(), (chain?.tag)`c`, typeof (chain?.tag) === "function", new maker`n`().made, seq];
