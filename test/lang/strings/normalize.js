// expect: [true, 1, 2, false]
const composed = "\u00e9";
const decomposed = "e\u0301";
return [composed === decomposed.normalize("NFC"), composed.normalize().length, composed.normalize("NFD").length, composed === decomposed];
