// "Did you mean …?" for misspelt names (option keys): the closest candidate by edit
// distance, when it is close enough to be a typo rather than another word. Twenty
// lines, so no dependency (and it counts a swap of two letters as one edit, which plain
// Levenshtein packages do not).

/** Edit distance between a and b: insertions, deletions, substitutions and swaps of two neighbours ("dealy" → "delay" is 1). */
export function editDistance(a: string, b: string): number {
  // Rows i-2, i-1 and i of the optimal-string-alignment table.
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The candidate closest to `word` (case-insensitively), if within a third of its length (at least 1, at most 3 edits). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const max = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d <= max && d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** `unknown option "concurency" — did you mean "concurrency"?`, or the list of known options when nothing is close. */
export function unknownOption(fn: string, key: string, known: readonly string[]): string {
  const guess = closest(key, known);
  const tail = guess !== undefined ? ` — did you mean "${guess}"?` : known.length ? ` (known: ${known.join(", ")})` : " (it takes no options)";
  return `${fn}: unknown option ${JSON.stringify(key)}${tail}`;
}
