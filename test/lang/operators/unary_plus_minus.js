// expect: [5, -5, 3, 0, 1, "NaN", true]
return [+"5", -"5", +"  3  ", +"", +true, String(+"abc"), Object.is(-0, -(0))];
