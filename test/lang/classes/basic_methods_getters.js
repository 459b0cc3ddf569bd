// expect: [5, true, ["x", "y"], "function", "Point", 2, [], "(3, 4)"]
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get length() { return Math.hypot(this.x, this.y); }
  set both(v) { this.x = v; this.y = v; }
  toString() { return `(${this.x}, ${this.y})`; }
}
const p = new Point(3, 4);
const q = new Point(0, 0);
q.both = 7;
return [p.length, p instanceof Point, Object.keys(p), typeof Point, Point.name, Point.length, Object.keys(Point.prototype), String(p)];
