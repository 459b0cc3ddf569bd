// expect: ["a%20b%26c%3Dd%2Fe%3Ff%23g","-_.!~*'()","%C3%A9%E2%82%AC%F0%9F%98%80","","123","null","undefined"]
return [
  encodeURIComponent("a b&c=d/e?f#g"),
  encodeURIComponent("-_.!~*'()"),
  encodeURIComponent("é€😀"),
  encodeURIComponent(""),
  encodeURIComponent(123),
  encodeURIComponent(null),
  encodeURIComponent(),
];
