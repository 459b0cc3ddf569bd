// expect: [[true, true, false, true], [true, false, true], 1, [1]]
// `in` finds the elements and length of an array or String object on the prototype
// chain, and the Array methods see them on an object inheriting from an array.
function Foo() {}
Foo.prototype = [1, 2, 3];
const f = new Foo();
f.length = 1;
let calls = 0;
f.forEach(() => calls++);
const o = Object.create([1, 2]);
const w = Object.create(new String("ab"));
return [[0 in o, 1 in o, 2 in o, "length" in o], [1 in w, 2 in w, "length" in w], calls, f.filter(() => true)];
