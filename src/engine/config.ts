// The project's configuration for scripts: which environment names they may read
// (kitwork.json "env"), which request headers carry credentials (kitwork.json
// "maskHeaders"), and the values themselves — the engine's environment over the
// project's `.env` file (parsed by Node's own util.parseEnv).
//
//   kitwork.json  { "env": ["STRIPE_SECRET", "APP_*"], "maskHeaders": ["x-session"] }
//   .env          STRIPE_SECRET=sk_test_…
//
// A name is declared exactly or by a prefix pattern ending in `*`. Names starting with
// KITWORK_ are the engine's own (its secret, its admin token, its databases) and are
// never readable by scripts, whatever the patterns say.

import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";

/** The config file and the .env file, both in the project folder. */
export const CONFIG_FILE = "kitwork.json";
export const ENV_FILE = ".env";

/** The engine's own names: never readable by scripts. */
export const RESERVED_PREFIX = "KITWORK_";

/** A declared setting that is malformed: the engine refuses to start (or keeps the previous config on a reload). */
export class ConfigError extends Error {}

/**
 * The project folder of a works folder: where kitwork.json and .env live — the works
 * folder itself when it holds kitwork.json (or nothing does), else its parent when that
 * holds one (the layout app/kitwork.json, app/works/).
 */
export function projectDir(worksDir: string): string {
  const works = path.resolve(worksDir);
  if (!fs.existsSync(path.join(works, CONFIG_FILE)) && fs.existsSync(path.join(path.dirname(works), CONFIG_FILE))) return path.dirname(works);
  return works;
}

/** What scripts may read of the environment: exact names and prefix patterns (`APP_*`). */
export class EnvDeclarations {
  private readonly exact: Set<string>;
  private readonly prefixes: string[];

  constructor(readonly patterns: readonly string[]) {
    this.exact = new Set(patterns.filter((p) => !p.endsWith("*")));
    this.prefixes = patterns.filter((p) => p.endsWith("*")).map((p) => p.slice(0, -1));
  }

  /** Whether scripts may read `name`. */
  declares(name: string): boolean {
    if (name.startsWith(RESERVED_PREFIX)) return false;
    if (this.exact.has(name)) return true;
    for (const p of this.prefixes) if (name.startsWith(p)) return true;
    return false;
  }
}

export interface ProjectConfig {
  env: EnvDeclarations;
  /** Lower-case names of the extra request headers whose values are credentials. */
  maskHeaders: string[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HEADER = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function stringList(file: string, key: string, v: unknown, check: (s: string, at: string) => void): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ConfigError(`${file}: "${key}" must be an array of strings, got ${JSON.stringify(v)}`);
  return v.map((s, i) => {
    const at = `${file}: ${key}[${i}]`;
    if (typeof s !== "string") throw new ConfigError(`${at} must be a string, got ${JSON.stringify(s)}`);
    check(s, at);
    return s;
  });
}

function checkEnvPattern(s: string, at: string): void {
  const name = s.endsWith("*") ? s.slice(0, -1) : s;
  if (name === "") throw new ConfigError(`${at}: "*" alone would let scripts read the whole environment; name the variables or a prefix (e.g. "APP_*")`);
  if (!NAME.test(name)) throw new ConfigError(`${at}: ${JSON.stringify(s)} is not an environment variable name (letters, digits and _, not starting with a digit), optionally ending in * for a prefix`);
  if (!s.endsWith("*") && name.startsWith(RESERVED_PREFIX)) throw new ConfigError(`${at}: ${s} is the engine's own setting; names starting with ${RESERVED_PREFIX} are never readable by scripts`);
}

function checkHeader(s: string, at: string): void {
  if (!HEADER.test(s)) throw new ConfigError(`${at}: ${JSON.stringify(s)} is not a header name`);
}

/** The project's kitwork.json "env" and "maskHeaders" (none when the file is absent); a malformed one is a ConfigError. */
export function readProjectConfig(dir: string): ProjectConfig {
  const file = path.join(dir, CONFIG_FILE);
  let raw: string;
  try {
    raw = fs.readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { env: new EnvDeclarations([]), maskHeaders: [] };
    throw new ConfigError(`${CONFIG_FILE}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let config: unknown;
  try {
    config = JSON.parse(raw);
  } catch (e) {
    throw new ConfigError(`${CONFIG_FILE}: not valid JSON (${(e as Error).message})`);
  }
  if (config === null || typeof config !== "object" || Array.isArray(config)) throw new ConfigError(`${CONFIG_FILE}: expected a JSON object`);
  const c = config as Record<string, unknown>;
  return {
    env: new EnvDeclarations(stringList(CONFIG_FILE, "env", c.env, checkEnvPattern)),
    maskHeaders: stringList(CONFIG_FILE, "maskHeaders", c.maskHeaders, checkHeader).map((h) => h.toLowerCase()),
  };
}

/** The project's .env file, parsed (empty when there is none). */
export function readDotEnv(dir: string): Record<string, string> {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, ENV_FILE), "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new ConfigError(`${ENV_FILE}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(parseEnv(text))) if (v !== undefined) out[k] = v;
  return out;
}

/** What scripts read from: the process environment over the project's .env (the process wins). */
export function environmentOf(dir: string, processEnv: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out = readDotEnv(dir);
  for (const [k, v] of Object.entries(processEnv)) if (v !== undefined) out[k] = v;
  return out;
}
