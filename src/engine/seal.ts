// Snapshots at rest: the engine secret, and the seal that stored snapshots carry.
//
// A parked run's snapshot is its whole state — locals included — and the store is a
// database others may read or write. So what the engine writes is sealed: encrypted
// with AES-256-GCM under a key of its own (HMAC-SHA-256 of a random salt under a key
// HKDF derives from the engine secret, so no key ever meets the same IV twice), and
// authenticated with HMAC-SHA-256 under a separate MAC key derived from the same
// secret, over the envelope and what binds it to its place: the run id, the checkpoint
// number and the work version (also the GCM additional data). A snapshot that
// was edited, truncated, moved to another run, replayed from an earlier checkpoint
// (while the row's checkpoint count moved on) or sealed under another secret is refused
// with a SnapshotError of kind "authentication", and the run fails instead of resuming.
//
// The secret: KITWORK_SECRET when set (at least 32 characters; the same on every node of
// a cluster), else — for a SQLite store — 32 random bytes generated once and kept in
// `kitwork.secret` beside the database file (mode 0600). A PostgreSQL store has no
// folder of its own and a key kept in the database would be readable by exactly the
// writers it guards against, so a PostgreSQL store needs KITWORK_SECRET.

import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Store } from "../store/store.js";
import { SNAPSHOT_VERSION, type SnapshotDoc, SnapshotError } from "../vm/snapshot.js";

/** The file beside a SQLite store's database that keeps the generated engine secret. */
export const SECRET_FILE = "kitwork.secret";
/** Shortest KITWORK_SECRET accepted (e.g. `openssl rand -hex 32` gives 64 characters). */
export const MIN_SECRET_LENGTH = 32;

/** Where a sealed snapshot belongs: it opens only for the same run, checkpoint and version. */
export interface SealBinding {
  runId: string;
  /** The checkpoint number the store gives this write (its `checkpoints` count after it). */
  seq: number;
  /** Content hash of the work version the run runs on. */
  version: string;
}

/** What a stored snapshot holds: the VM document and the response state beside it. */
export interface SealedContent<H = unknown> {
  doc: SnapshotDoc;
  host: H;
}

interface Envelope {
  kitwork: "snapshot";
  version: number;
  /** Key id: says which secret sealed it (derived from the secret; reveals nothing of it). */
  key: string;
  salt: string;
  iv: string;
  data: string;
  tag: string;
  mac: string;
}

const ENVELOPE_KEYS = ["kitwork", "version", "key", "salt", "iv", "data", "tag", "mac"];

function authFail(message: string): never {
  throw new SnapshotError("authentication", `snapshot failed authentication: ${message}`);
}

function corrupt(message: string): never {
  throw new SnapshotError("corrupted", `corrupted snapshot: ${message}`);
}

function derive(secret: Buffer, salt: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, salt, info, 32));
}

/** Seals and opens stored snapshots under one engine secret. */
export class SnapshotSeal {
  /** Identifies the secret in envelopes and error messages (16 hex digits). */
  readonly keyId: string;
  private readonly macKey: Buffer;
  /** The key each snapshot's encryption key is derived from (with the snapshot's salt). */
  private readonly encKey: Buffer;

  constructor(secret: Buffer) {
    if (secret.length < MIN_SECRET_LENGTH) throw new Error(`the engine secret must be at least ${MIN_SECRET_LENGTH} bytes`);
    const none = Buffer.alloc(0);
    this.keyId = derive(secret, none, "kitwork snapshot key id").subarray(0, 8).toString("hex");
    this.macKey = derive(secret, none, `kitwork snapshot mac v${SNAPSHOT_VERSION}`);
    this.encKey = derive(secret, none, `kitwork snapshot encryption v${SNAPSHOT_VERSION}`);
  }

  /** The encryption key of one snapshot: HMAC-SHA-256(encKey, salt), an HKDF-Expand step. */
  private keyFor(salt: Buffer): Buffer {
    return createHmac("sha256", this.encKey).update(salt).update("\x01").digest();
  }

  private mac(bind: SealBinding, e: Pick<Envelope, "key" | "salt" | "iv" | "data" | "tag">): Buffer {
    const h = createHmac("sha256", this.macKey);
    h.update(JSON.stringify(["kitwork snapshot", SNAPSHOT_VERSION, e.key, bind.runId, bind.seq, bind.version]));
    h.update("\n").update(e.salt).update(".").update(e.iv).update(".").update(e.data).update(".").update(e.tag);
    return h.digest();
  }

  private aad(bind: SealBinding): Buffer {
    return Buffer.from(JSON.stringify(["kitwork snapshot", SNAPSHOT_VERSION, this.keyId, bind.runId, bind.seq, bind.version]));
  }

  /** The stored text of a snapshot (and its host state) for `bind`. */
  seal(content: SealedContent, bind: SealBinding): string {
    return this.sealText(JSON.stringify(content), bind);
  }

  /** As seal(), for content already serialized as JSON. */
  sealText(json: string, bind: SealBinding): string {
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.keyFor(salt), iv);
    cipher.setAAD(this.aad(bind));
    const data = Buffer.concat([cipher.update(json, "utf8"), cipher.final()]);
    const e = { key: this.keyId, salt: salt.toString("base64"), iv: iv.toString("base64"), data: data.toString("base64"), tag: cipher.getAuthTag().toString("base64") };
    const env: Envelope = { kitwork: "snapshot", version: SNAPSHOT_VERSION, ...e, mac: this.mac(bind, e).toString("base64") };
    return JSON.stringify(env);
  }

  /** Opens a stored snapshot written for `bind`; refuses anything else with a SnapshotError saying why. */
  open<H = unknown>(text: string, bind: SealBinding): SealedContent<H> {
    let env: Envelope;
    try {
      env = JSON.parse(text);
    } catch (e) {
      return corrupt(`not valid JSON (${(e as Error).message})`);
    }
    if (env === null || typeof env !== "object" || Array.isArray(env) || env.kitwork !== "snapshot") corrupt("not a Kitwork snapshot");
    if (env.version !== SNAPSHOT_VERSION) {
      if (env.version === 1) throw new SnapshotError("version", `snapshot version 1 (unsealed, from before snapshots were sealed) is no longer read; this engine reads sealed version ${SNAPSHOT_VERSION} snapshots`);
      throw new SnapshotError("version", `unsupported snapshot version ${String(env.version)} (this engine reads version ${SNAPSHOT_VERSION})`);
    }
    const keys = Object.keys(env);
    if (keys.length !== ENVELOPE_KEYS.length || !ENVELOPE_KEYS.every((k) => keys.includes(k))) authFail("its envelope was altered (unexpected or missing fields)");
    if (![env.key, env.salt, env.iv, env.data, env.tag, env.mac].every((x) => typeof x === "string")) authFail("its envelope was altered");
    if (env.key !== this.keyId) {
      authFail(`it was sealed under another engine secret (key ${env.key.slice(0, 16)}; this engine's is ${this.keyId}) — every node of a cluster needs the same KITWORK_SECRET`);
    }
    const mac = Buffer.from(env.mac, "base64");
    const want = this.mac(bind, env);
    if (mac.length !== want.length || !timingSafeEqual(mac, want)) authFail("it was edited, truncated, or written for another run or checkpoint");
    const salt = Buffer.from(env.salt, "base64");
    const iv = Buffer.from(env.iv, "base64");
    const tag = Buffer.from(env.tag, "base64");
    let json: string;
    try {
      const d = createDecipheriv("aes-256-gcm", this.keyFor(salt), iv);
      d.setAAD(this.aad(bind));
      d.setAuthTag(tag);
      json = Buffer.concat([d.update(Buffer.from(env.data, "base64")), d.final()]).toString("utf8");
    } catch {
      return authFail("its sealed data does not decrypt");
    }
    const content = JSON.parse(json) as SealedContent<H>;
    if (content === null || typeof content !== "object" || !("doc" in content)) corrupt("sealed content without a document");
    return content;
  }
}

export interface SecretSource {
  store?: Store | null;
  env?: Record<string, string | undefined>;
  /** A secret given by the embedder (takes precedence over the environment). */
  secret?: string | Buffer;
  /** Generate the SQLite secret file when absent (default true; false for read-only tools). */
  create?: boolean;
}

/** Raised when no engine secret can be found or made; says what to configure. */
export class SecretError extends Error {}

/**
 * The engine secret: the embedder's, else KITWORK_SECRET, else the SQLite store's secret
 * file (made on first use). Null when none applies (a PostgreSQL store without
 * KITWORK_SECRET, or a missing file that may not be created).
 */
export function engineSecret(src: SecretSource): Buffer | null {
  const given = src.secret ?? src.env?.KITWORK_SECRET;
  if (given !== undefined && given !== "") {
    const b = typeof given === "string" ? Buffer.from(given, "utf8") : given;
    if (b.length < MIN_SECRET_LENGTH) throw new SecretError(`KITWORK_SECRET must be at least ${MIN_SECRET_LENGTH} characters (e.g. the output of \`openssl rand -hex 32\`)`);
    return b;
  }
  const store = src.store;
  if (!store || store.kind !== "sqlite") return null;
  const db = store.file;
  // An in-memory store lives and dies with the process: so may its secret.
  if (!db) return randomBytes(32);
  const file = path.join(path.dirname(path.resolve(db)), SECRET_FILE);
  return readSecretFile(file) ?? (src.create === false ? null : createSecretFile(file));
}

function readSecretFile(file: string): Buffer | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new SecretError(`cannot read the engine secret ${file}: ${(e as Error).message}`);
  }
  const hex = text.trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new SecretError(`the engine secret ${file} is damaged (it should hold 64 hex digits); restore it from a backup, or set KITWORK_SECRET`);
  return Buffer.from(hex, "hex");
}

/** Writes a new random secret, atomically: a concurrent engine on the same store reads the same one. */
function createSecretFile(file: string): Buffer {
  const key = randomBytes(32);
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(tmp, key.toString("hex") + "\n", { mode: 0o600, flag: "wx" });
  try {
    fs.linkSync(tmp, file); // fails when another process made it first
    return key;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "EEXIST") {
      // A file system without hard links: exclusive create instead.
      try {
        fs.writeFileSync(file, key.toString("hex") + "\n", { mode: 0o600, flag: "wx" });
        return key;
      } catch (e2) {
        if ((e2 as NodeJS.ErrnoException).code !== "EEXIST") throw new SecretError(`cannot create the engine secret ${file}: ${(e2 as Error).message}`);
      }
    }
    const theirs = readSecretFile(file);
    if (!theirs) throw new SecretError(`cannot create the engine secret ${file}`);
    return theirs;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** The seal for an engine's store, or an error saying how to configure one. */
export function sealFor(src: SecretSource): SnapshotSeal {
  const secret = engineSecret(src);
  if (!secret) {
    if (src.store?.kind === "postgres") {
      throw new SecretError("a PostgreSQL store needs KITWORK_SECRET (at least 32 characters, the same on every node of the cluster): parked runs are sealed with it");
    }
    throw new SecretError("no engine secret: set KITWORK_SECRET, or start the engine on this store once to create its secret file");
  }
  return new SnapshotSeal(secret);
}
