// Tests of a webhook receiver (webhook-github.js): the test signs the body the way GitHub
// does, with node:crypto, and sends the exact bytes it signed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { testWorks } from "kitwork/testing";

const works = new URL(".", import.meta.url);
// GitHub's documented example secret, given to the works as their environment.
const SECRET = "It's a Secret to Everybody";
const sign = (body, secret = SECRET) => "sha256=" + createHmac("sha256", secret).update(body).digest("hex");

test("a signed delivery is accepted; a tampered, forged or unsigned one gets 401", async (t) => {
  const kw = await testWorks(works, { env: { GITHUB_WEBHOOK_SECRET: SECRET } });
  t.after(() => kw.close());

  const body = JSON.stringify({ action: "opened", repository: { full_name: "octo/hello" } });
  const headers = { "content-type": "application/json", "x-github-event": "issues", "x-hub-signature-256": sign(body) };
  const ok = await kw.request("POST", "/webhooks/github", { body, headers });
  assert.equal(ok.status, 200);
  assert.deepEqual(ok.json, { event: "issues", delivery: null, repository: "octo/hello" });

  const tampered = await kw.request("POST", "/webhooks/github", { body: body.replace("hello", "evil"), headers });
  assert.equal(tampered.status, 401);
  assert.equal(tampered.json.error, "invalid signature");
  // The caller learns nothing more; the run's log says why.
  assert.deepEqual((await kw.logs(tampered.run)).map((l) => l.text), ["verifyWebhook(github): the X-Hub-Signature-256 signature does not match the body"]);
  const forged = { ...headers, "x-hub-signature-256": sign(body, "a guess") };
  assert.equal((await kw.request("POST", "/webhooks/github", { body, headers: forged })).status, 401);
  assert.equal((await kw.request("POST", "/webhooks/github", { json: { action: "opened" } })).status, 401);
});
