// expect: [{"k":"é\n"}, [1, 2]]
return [JSON.parse(' { "k" : "\\u00e9\\n" } '), JSON.parse("\n[1,\t2]\r\n")];
