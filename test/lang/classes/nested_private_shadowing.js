// expect: ["inner", "outer", true]
class Outer {
  #m() { return "outer"; }
  #unused = 1;
  Inner = class {
    #m() { return "inner"; }
    call() { return this.#m(); }
  };
  call() { return this.#m(); }
}
const o = new Outer();
return [new o.Inner().call(), o.call(), o instanceof Outer];
