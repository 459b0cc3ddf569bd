// POST /posts/preview {"title": "Hello, World!", "body": "…"} → {"slug": "hello-world", "excerpt": "…"}
// The text helpers live in lib/text.js, a helper module any work of the folder can import.
import { excerpt, slugify } from "./lib/text.js";

const w = work("posts");
w.post("/posts/preview");

const title = (w.body?.title ?? "").string().trim();
if (title === "") fail(400, "a title is required");
return { slug: slugify(title), excerpt: excerpt(w.body?.body ?? "") };
