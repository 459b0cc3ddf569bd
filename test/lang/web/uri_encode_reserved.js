// expect: ["https://h.test/a%20b/?q=1&r=%C3%A9#frag",";/?:@&=+$,#","%5B%5D"]
return [encodeURI("https://h.test/a b/?q=1&r=é#frag"), encodeURI(";/?:@&=+$,#"), encodeURI("[]")];
