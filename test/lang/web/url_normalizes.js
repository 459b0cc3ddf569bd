// expect: ["https://example.com/b/%7e?","","/a%20b","?a%20b","xn--bcher-kva.example","[::1]:3000","/etc/hosts"]
return [
  new URL("HTTPS://EXAMPLE.com:443/./a/../b/%7e?").href,
  new URL("http://h.test:80/").port,
  new URL("http://h.test/a b").pathname,
  new URL("http://h.test/?a b").search,
  new URL("http://bücher.example/").hostname,
  new URL("http://[::1]:3000/").host,
  new URL("file:///etc/hosts").pathname,
];
