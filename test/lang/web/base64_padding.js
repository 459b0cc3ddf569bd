// expect: ["a","a","ab","ab"]
return [atob("YQ"), atob("YQ=="), atob("YWI"), atob("YWI=")];
