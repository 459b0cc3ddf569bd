// expect error: Cannot read private member #x from an object whose class did not declare it
class A { #x = 1; static read(o) { return o.#x; } }
return A.read({});
