// expect: [[2, 4, 6], 3, "ok"]
class Scaler {
  factor = 2;
  handler = () => this.factor + 1;
  scale(xs) { return xs.map((x) => x * this.factor); }
}
class Later extends Scaler {
  constructor() { const f = () => super(); f(); this.tag = "ok"; }
}
const s = new Scaler();
const h = s.handler;
return [s.scale([1, 2, 3]), h(), new Later().tag];
