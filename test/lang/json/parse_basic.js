// expect: [{"a":1,"b":[true,null,"x"]}, 5, "s", null, -1.5e-3]
return [JSON.parse('{"a":1,"b":[true,null,"x"]}'), JSON.parse("5"), JSON.parse('"s"'), JSON.parse("null"), JSON.parse("-1.5e-3")];
