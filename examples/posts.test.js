// Tests of a work that imports a helper module (posts.js imports lib/text.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { testWorks } from "kitwork/testing";

test("POST /posts/preview slugs the title and cuts the body, with lib/text.js", async (t) => {
  const kw = await testWorks(new URL(".", import.meta.url));
  t.after(() => kw.close());

  const res = await kw.request("POST", "/posts/preview", {
    json: { title: "  Hello, Modules World! ", body: "One two three four five six seven eight nine ten." },
  });
  assert.equal(res.status, 200);
  assert.deepEqual(res.json, { slug: "hello-modules-world", excerpt: "One two three four five six seven eight…" });
  assert.equal((await kw.request("POST", "/posts/preview", { json: {} })).status, 400);
});
