// expect: [[null,"\\unicode"],[null,"\\u{110000}"],[null,"\\xz"],[null,"\\01"],["\n","\\n"],["é","\\u00e9"],["`","\\`"],[null,"ok",null],["\\u","\\n"],[true,"\\unicode"]]
// In a tagged template an invalid escape gives undefined as the cooked string (null in
// JSON); raw keeps the source text.
const pair = (s) => [s[0], s.raw[0]];
const undefinedCooked = ((s) => s[0] === undefined)`\unicode`;
return [
  pair`\unicode`, pair`\u{110000}`, pair`\xz`, pair`\01`, pair`\n`, pair`\u00e9`, pair`\``,
  ((s) => [s[0], s[1], s[2]])`\u${1}ok${2}\x`,
  String.raw`\u${0}\n`.split("0"),
  [undefinedCooked, String.raw`\unicode`],
];
