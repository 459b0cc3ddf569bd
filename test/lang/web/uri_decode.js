// expect: ["€ 😀","a/b","a%2Fb c","%23%3F","no escapes","AB"]
return [
  decodeURIComponent("%E2%82%AC%20%F0%9F%98%80"),
  decodeURIComponent("a%2Fb"),
  decodeURI("a%2Fb%20c"),
  decodeURI("%23%3F"),
  decodeURIComponent("no escapes"),
  decodeURIComponent("%41%42"),
];
