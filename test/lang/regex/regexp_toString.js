// expect: ["/a+/g", "/x/"]
return [String(/a+/g), new RegExp("x").toString()];
