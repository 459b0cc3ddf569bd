// expect: ["é", "😀", 2]
const e = `\u00e9`;
const smile = `\u{1F600}`;
return [e, smile, smile.length];
