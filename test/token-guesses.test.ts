// TokenGuesses on its own clock: the window ends, addresses are counted apart.

import { test } from "node:test";
import assert from "node:assert/strict";
import { AdminError } from "../src/engine/admin.ts";
import { TokenGuesses } from "../src/server/token-guesses.ts";

function refused(g: TokenGuesses, client: string): AdminError | null {
  try {
    g.refuseIfBlocked(client);
    return null;
  } catch (e) {
    assert.ok(e instanceof AdminError);
    return e;
  }
}

test("an address is refused after its limit of wrong tokens until the window ends; another address is not", () => {
  let now = 1_000_000;
  const g = new TokenGuesses(3, 60_000, () => now);
  for (let i = 0; i < 3; i++) {
    assert.equal(refused(g, "10.0.0.1"), null);
    g.wrong("10.0.0.1");
  }
  const e = refused(g, "10.0.0.1");
  assert.equal(e?.status, 429);
  assert.equal(e?.headers["retry-after"], "60");
  assert.equal(refused(g, "10.0.0.2"), null, "another address is counted apart");
  now += 45_500;
  assert.equal(refused(g, "10.0.0.1")?.headers["retry-after"], "15", "Retry-After is what is left of the window, rounded up");
  now += 14_500;
  assert.equal(refused(g, "10.0.0.1"), null, "the window ended");
  g.wrong("10.0.0.1");
  assert.equal(refused(g, "10.0.0.1"), null, "a new window counts from one");
});
