// Secrets out of sight: what scripts read of the environment (ScriptEnv, behind env()),
// and the Masker that replaces secret values wherever the engine writes a run down for
// people to read — log lines and errors in run records, error responses, a durable
// run's stored output, a parked run's inspected variables.
//
// What is secret: the value of every declared environment name (kitwork.json "env"),
// and the values of the credential headers of the request a run serves (Authorization,
// Cookie, X-Api-Key… plus kitwork.json "maskHeaders"). A value is replaced by
// `[secret NAME]` (`[secret header authorization]`) — also in its JSON-escaped and
// URL-encoded forms — in one pass, so a label is never masked again. Values shorter than
// MIN_MASKED_LENGTH are left alone: masking "1" or "dev" would blank out ordinary text.

import type { EnvService } from "../runtime/context.js";
import type { EnvDeclarations } from "./config.js";

/** Shortest value that is masked. */
export const MIN_MASKED_LENGTH = 4;

/** Request headers whose values are credentials, always masked (kitwork.json "maskHeaders" adds to them). */
export const CREDENTIAL_HEADERS: readonly string[] = ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"];

/** What a secret is, as its label says: an env name, or `header <name>`. */
export function headerSecretName(header: string): string {
  return `header ${header}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Replaces known secret values (value → what it is) in text and in plain data. */
export class Masker {
  static readonly none = new Masker(new Map());

  private readonly re: RegExp | null;
  private readonly labels = new Map<string, string>();

  /** `secrets`: value → what it is (an env name, or `header <name>`). */
  constructor(readonly secrets: ReadonlyMap<string, string>) {
    for (const [value, what] of secrets) {
      if (value.length < MIN_MASKED_LENGTH) continue;
      const label = `[secret ${what}]`;
      for (const form of [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)]) {
        if (!this.labels.has(form)) this.labels.set(form, label);
      }
    }
    // Longest first: a value that contains another is replaced whole.
    const forms = [...this.labels.keys()].sort((a, b) => b.length - a.length);
    this.re = forms.length ? new RegExp(forms.map(escapeRegExp).join("|"), "g") : null;
  }

  get empty(): boolean {
    return this.re === null;
  }

  /** This masker and more secrets (value → what it is). */
  with(more: ReadonlyMap<string, string> | undefined): Masker {
    if (!more || more.size === 0) return this;
    return new Masker(new Map([...this.secrets, ...more]));
  }

  text(s: string): string;
  text(s: string | null | undefined): string | null | undefined;
  text(s: string | null | undefined): string | null | undefined {
    if (!this.re || typeof s !== "string") return s;
    return s.replace(this.re, (m) => this.labels.get(m) ?? m);
  }

  /** Plain data (JSON-like) with every string and key masked; the input is not changed. */
  value(v: unknown): unknown {
    if (!this.re) return v;
    if (typeof v === "string") return this.text(v);
    if (v === null || typeof v !== "object") return v;
    if (Array.isArray(v)) return v.map((x) => this.value(x));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      Object.defineProperty(out, this.text(k), { value: this.value(x), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
}

/** The credential parts of a header value: the whole value, the credentials after an auth scheme, each cookie's value. */
function credentialParts(header: string, value: string): string[] {
  const parts = [value];
  if (header === "authorization" || header === "proxy-authorization") {
    const m = /^\S+\s+(.+)$/.exec(value);
    if (m) parts.push(m[1]!.trim());
  } else if (header === "cookie") {
    for (const pair of value.split(";")) {
      const i = pair.indexOf("=");
      if (i > 0) parts.push(pair.slice(i + 1).trim());
    }
  }
  return parts;
}

/** Adds the credential headers of `headers` to a run's secrets (value → what it is); returns the map (made when needed). */
export function addHeaderSecrets(secrets: Map<string, string> | undefined, headers: Record<string, string> | undefined, names: readonly string[]): Map<string, string> | undefined {
  if (!headers) return secrets;
  for (const name of names) {
    const v = headers[name];
    if (typeof v !== "string" || v.length < MIN_MASKED_LENGTH) continue;
    for (const part of credentialParts(name, v)) if (part.length >= MIN_MASKED_LENGTH) (secrets ??= new Map()).set(part, headerSecretName(name));
  }
  return secrets;
}

/**
 * What scripts read through env(): declared names only, from one environment (the
 * process environment over .env, or what a test gives). Its masker covers the value
 * of every declared name that is set.
 */
export class ScriptEnv implements EnvService {
  readonly masker: Masker;

  constructor(
    readonly declarations: EnvDeclarations,
    private readonly values: Readonly<Record<string, string>>,
  ) {
    const secrets = new Map<string, string>();
    for (const [name, value] of Object.entries(values)) if (declarations.declares(name) && !secrets.has(value)) secrets.set(value, name);
    this.masker = new Masker(secrets);
  }

  declares(name: string): boolean {
    return this.declarations.declares(name);
  }

  get(name: string): string | undefined {
    return this.declarations.declares(name) && Object.prototype.hasOwnProperty.call(this.values, name) ? this.values[name] : undefined;
  }
}
