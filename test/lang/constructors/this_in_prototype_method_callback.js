// expect: [["t:1", "t:2"]]
function Tagger(tag) { this.tag = tag; }
Tagger.prototype.all = function (list) { return list.map((x) => this.tag + ":" + x); };
return [new Tagger("t").all([1, 2])];
