// expect: [{"x":1,"y":2}, 3, true]
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.sum = function () { return this.x + this.y; };
const p = new Point(1, 2);
return [p, p.sum(), p instanceof Point];
