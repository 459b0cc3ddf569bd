// A GitHub webhook receiver: POST /webhooks/github, signed by GitHub (X-Hub-Signature-256,
// an HMAC-SHA256 of the exact body under the webhook's secret). A forged, tampered or
// unsigned delivery gets 401 and nothing else happens; why it failed is in the run's log.
const w = work("github webhook");
w.post("/webhooks/github");

// The webhook's secret, from the environment or the project's .env (declared in kitwork.json).
const secret = env("GITHUB_WEBHOOK_SECRET");
if (!secret) fail(500, "GITHUB_WEBHOOK_SECRET is not set");
if (!verifyWebhook(w, { scheme: "github", secret })) fail(401, "invalid signature");

const event = w.headers["x-github-event"];
if (event === "ping") return { pong: true };
return { event, delivery: w.headers["x-github-delivery"] ?? null, repository: w.body?.repository?.full_name ?? null };
