// expect: [[1, 2, 3], [], "TypeError"]
class P {
  #a; #b; #c;
  fill(arr, obj) {
    [this.#a] = arr;
    ({ k: this.#b } = obj);
    for (this.#c of [3]) ;
    return [this.#a, this.#b, this.#c];
  }
}
const p = new P();
const got = p.fill([1], { k: 2 });
let err = "";
try { P.prototype.fill.call({}, [1], { k: 2 }); } catch (e) { err = e.name; }
return [got, Object.keys(p), err];
