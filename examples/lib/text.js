// A helper module: it exports functions and declares no work, so it is not a work
// itself. posts.js imports it; editing it reloads posts.js (a new version of it).
export function slugify(title) {
  return title
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The first `words` words of a text, with "…" when there were more. */
export function excerpt(text, words = 8) {
  const all = text.trim().split(/\s+/);
  return all.length > words ? all.slice(0, words).join(" ") + "…" : all.join(" ");
}
