// expect: ["HELLO!", 7, "set:3"]
class Shout {
  #log = [];
  #up(s) { return s.toUpperCase(); }
  static #bang(s) { return s + "!"; }
  say(s) { return Shout.#bang(this.#up(s)); }
  get #n() { return 7; }
  set #n(v) { this.#log.push("set:" + v); }
  n() { this.#n = 3; return this.#n; }
  log() { return this.#log[0]; }
}
const s = new Shout();
return [s.say("hello"), s.n(), s.log()];
