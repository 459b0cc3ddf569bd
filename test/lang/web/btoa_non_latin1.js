// expect error: Invalid character
return btoa("€");
