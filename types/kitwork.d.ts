// Editor types for Kitwork works: every global a work sees, so an editor completes
// `w.` and `db().` and flags a misspelt method. A global script (no import/export): list
// it in your jsconfig.json "files" (see types/jsconfig.example.json and docs/editor.md).
// Written for "lib": ["es2022"] and "types": [] — no DOM, no Node: a work has neither.

// ------------------------------------------------------------------ shared shapes

/**
 * A duration: `"250ms"`, `"1s"`, `"5m"`, `"2h"`, `"1d"`, `"1w"`, compounds like `"1h30m"`
 * or `"1.5h"`, or a number of milliseconds. Units are lower case.
 */
type Duration = string | number;

/** An HTTP method, any case. */
type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" | "get" | "post" | "put" | "patch" | "delete" | "head" | "options";

/** What a run missed while the engine was down: `"latest"` (default) runs the most recent slot once, `"skip"` none. */
type MissedSlots = "latest" | "skip";

/** A digest algorithm of `crypto.hmac` / `crypto.hash` (any case). */
type HashAlgorithm = "sha256" | "sha384" | "sha512" | "sha224" | "sha512-256" | "sha3-256" | "sha3-384" | "sha3-512" | "sha1" | "md5";

/** How `crypto` encodes bytes as text (default `"hex"`). */
type ByteEncoding = "hex" | "base64" | "base64url";

/** What started a run. */
type Trigger = "http" | "cron" | "queue" | "signal" | "run";

// ------------------------------------------------------------------ casting methods and time

interface Object {
  /** A number truncated toward zero: `"123.45".int()` is `123`. Throws a TypeError when it cannot convert. */
  int(): number;
  /** A number truncated toward zero, or `fallback` when it cannot convert: `"abc".int(0)` is `0`. */
  int<F>(fallback: F): number | F;
  /** A number: `"1.5".float()` is `1.5`. Throws a TypeError when it cannot convert. */
  float(): number;
  /** A number, or `fallback` when it cannot convert. */
  float<F>(fallback: F): number | F;
  /** Booleans as they are; numbers: non-zero; text: `true/1/yes/on` or `false/0/no/off/""`. Throws on other text. */
  bool(): boolean;
  /** As `bool()`, or `fallback` when it cannot convert. */
  bool<F>(fallback: F): boolean | F;
  /** Text: strings as they are, numbers and booleans as text, objects as JSON, times as ISO-8601. */
  string(): string;
  /** JSON text of the value (a time value gives its ISO-8601 form). */
  json(): string;
}

/** A time value: an instant, from `now()` or `time(x)`. `<` and `>` compare times. */
interface Time {
  /** ISO-8601 UTC: `"2024-03-31T02:00:00.000Z"`. */
  iso(): string;
  /** ISO-8601 UTC (as `iso()`). */
  json(): string;
  /** ISO-8601 UTC (as `iso()`). */
  string(): string;
  toJSON(): string;
  toString(): string;
  /** Milliseconds since the epoch. */
  valueOf(): number;
  /** Seconds since the epoch (floored). */
  unix(): number;
  /** Milliseconds since the epoch. */
  ms(): number;
  /**
   * Formats the time: tokens `YYYY YY MM M DD D HH H hh h mm m ss s SSS A a Z ZZ ddd dddd MMM MMMM`,
   * literal text in `[brackets]`; `tz` an IANA zone (default UTC).
   * @example now().format("YYYY-MM-DD HH:mm", "Europe/Paris")
   */
  format(pattern?: string, tz?: string): string;
  /** This time plus a duration: `now().add("1h")`. */
  add(duration: Duration): Time;
  /** This time minus a duration: `now().sub("15m")`. */
  sub(duration: Duration): Time;
  /** `this - other` in milliseconds. */
  diff(other: Time): number;
  /** Whether this time is before `other`. */
  before(other: Time): boolean;
  /** Whether this time is after `other`. */
  after(other: Time): boolean;
  /** A new JavaScript `Date` at this instant. */
  date(): Date;
}

/** The current time (the engine's clock: tests and `kitwork run --fast` may move it). */
declare function now(): Time;
/** A time value from an ISO-8601 string (no offset: UTC), milliseconds since the epoch, another time or a `Date`; no argument: now. */
declare function time(value?: string | number | Time | Date): Time;

// ------------------------------------------------------------------ work() and w

/** Options of `retry()`. */
interface RetryOptions {
  /** `"fixed"` (default) or `"exponential"` (doubling from the delay, capped by `max`). */
  backoff?: "fixed" | "exponential";
  /** The longest delay with exponential backoff (default 5 minutes). */
  max?: Duration;
  /** Share of each delay randomised, 0..1 (`true` is 0.5). */
  jitter?: number | boolean;
}

/** Options of `cron()` and `daily()`. */
interface ScheduleOptions {
  /** IANA time zone the schedule is read in, e.g. `"Europe/Paris"` (default UTC). */
  tz?: string;
  missed?: MissedSlots;
}

/**
 * The work context `w`: infrastructure declarations (each returns `w`, so they chain),
 * the trigger's input, and the response's status and headers.
 */
interface Work {
  // --- infrastructure (recorded at discovery; declare them first, at the top level)

  /** Serves `method path`; `:name` segments are parameters (`w.params.name`), `*` matches the rest. */
  router(method: HttpMethod, path: string): this;
  /** Serves `GET path`. */
  get(path: string): this;
  /** Serves `POST path`. */
  post(path: string): this;
  /** Serves `PUT path`. */
  put(path: string): this;
  /** Serves `PATCH path`. */
  patch(path: string): this;
  /** Serves `DELETE path`. */
  delete(path: string): this;
  /** Up to `times` more attempts after an uncaught error (0..100), `delay` apart (default `"1s"`). */
  retry(times: number, delay?: Duration, options?: RetryOptions): this;
  /** The API version label: `"1"`, `"2.1"`, `"2.1.3"`; a request picks one with `Accept-Version`. */
  version(label: string | number): this;
  /** Wall-clock bound on each attempt (default 30 s): `w.timeout("5s")`. */
  timeout(duration: Duration): this;
  /** Runs on a cron schedule: 5 fields (`"m h dom mon dow"`) or 6 with seconds first. Once per slot cluster-wide. */
  cron(expression: string, options?: ScheduleOptions): this;
  /** Runs every `interval` (at least `"1s"`), on the clock. */
  every(interval: Duration, options?: { missed?: MissedSlots }): this;
  /** Runs once a day at `"HH:MM"` in `tz` (DST-aware). */
  daily(at: string, options?: ScheduleOptions): this;
  /** Consumes the jobs of queue `name`; each job runs this work with the job as `w.payload`; `concurrency`: at most that many of its jobs at once across the fleet. */
  queue(name: string, options?: { concurrency?: number }): this;
  /** At most `n` of this work's queue and cron jobs at once across the fleet (a work without a queue or schedule is refused). */
  concurrency(n: number): this;
  /** At most `n` starts per window of `per` (default `"1s"`) across the fleet: HTTP beyond it gets 429 with Retry-After; jobs wait. */
  rateLimit(n: number, per?: Duration): this;

  // --- the response

  /** Sets the response status (100..599). */
  status(code: number): this;
  /** Sets a response header (the engine's own framing headers are refused). */
  header(name: string, value: string | number): this;

  // --- the trigger's input (reading one ends discovery)

  /** The HTTP method (`"POST"`); `undefined` outside HTTP. */
  readonly method: string | undefined;
  /** The request path (`"/users/42"`); `undefined` outside HTTP. */
  readonly path: string | undefined;
  /** Route parameters: `/users/:id` gives `{ id: "42" }`; a wildcard is `params["*"]`. */
  readonly params: Record<string, string>;
  /** The query string; a repeated key gives an array: `?t=a&t=b` is `{ t: ["a", "b"] }`. */
  readonly query: Record<string, string | string[]>;
  /** Request headers, lower-case names. */
  readonly headers: Record<string, string>;
  /** The body: JSON parsed, `application/x-www-form-urlencoded` as an object, other types as text. */
  readonly body: any;
  /** The request body's exact text (what webhook signatures sign); `undefined` outside HTTP. */
  readonly rawBody: string | undefined;
  /** A queue job's or signal's data; for HTTP, the body. */
  readonly payload: any;
  /** The run id (also the `x-kitwork-run` response header). */
  readonly run: string;
  /** 1 on the first attempt, 2 on the first retry… */
  readonly attempt: number;
  /** What started this run. */
  readonly trigger: Trigger;
  /** The work's name. */
  readonly name: string;

  // --- capabilities, also as globals

  /** Saves the run now (a durable checkpoint); it continues right after, on any engine. */
  checkpoint(): void;
  /** The query builder on the default connection or connection `name` (see `db()`). */
  db(name?: string): Query;
  /** Durable sleep (see `sleep()`). */
  sleep(duration: Duration): void;
  /** Durable wait for `signal(event, data)` (see `wait()`). */
  wait(event: string, options?: WaitOptions): any;
  /** Wakes the runs waiting on `event` (see `signal()`). */
  signal(event: string, data?: any, options?: SignalOptions): number;
  /** Outbound HTTP (see `http()`). */
  http(url: string, options?: HttpOptions): HttpResponse;
  /** A declared environment variable (see `env()`). */
  env(name: string): string | undefined;
  env<F>(name: string, fallback: F): string | F;
  /** HMACs, digests, constant-time comparison, random values (see `crypto`). */
  readonly crypto: KitworkCrypto;
}

/**
 * Declares this file a work and returns its context `w`. Name it with a string or
 * `{ name }` (default: the file's path).
 * @example
 * const w = work({ name: "api users" });
 * w.post("/users").retry(3, "1s");
 */
declare function work(name?: string | { name?: string }): Work;

// ------------------------------------------------------------------ responses

/** Answers with JSON (as a statement or the returned value); returns `value`. */
declare function json<T>(value: T, status?: number): T;
/** Answers with `text/plain`; returns `text`. */
declare function text(text: string, status?: number): string;
/** Answers with `text/html`; returns `html`. */
declare function html(html: string, status?: number): string;
/** Answers with a redirect to `url` (302, or `status`). */
declare function redirect(url: string, status?: number): string;
/** Ends the run now with `status` and `{error: message, run}`; never retried. */
declare function fail(status: number, message?: string): never;
/**
 * Answers the HTTP request now with `value` (as `return` would: strings as text, the rest
 * as JSON; status 200 unless given); the run goes on, and what it does afterwards is only
 * recorded. Once per run; sends nothing where no request waits (a queue job). Returns `value`.
 */
declare function respond<T>(value: T, status?: number): T;

// ------------------------------------------------------------------ db()

/** A value a query binds as a parameter. */
type DbValue = string | number | boolean | null | Time;

/** A row: column → value (dates as time values on PostgreSQL and MySQL). */
type Row = Record<string, any>;

/** A comparison operator of `where()` (any case). */
type WhereOperator = "=" | "!=" | "<>" | "<" | "<=" | ">" | ">=" | "like" | "not like" | "ilike" | "not ilike" | "LIKE" | "NOT LIKE" | "ILIKE" | "NOT ILIKE";

/** A join's comparison operator. */
type JoinOperator = "=" | "!=" | "<>" | "<" | "<=" | ">" | ">=";

/**
 * A query builder: each builder method returns a new builder; nothing runs until a
 * terminal (`take`, `all`, `first`, `find`, `count`, `sum`, `insert`, `update`, `delete`, `raw`).
 */
interface Query {
  // --- builders

  /** The table: `"users"`, or `"users as u"`. */
  from(table: string): Query;
  /** The table (as `from`). */
  table(table: string): Query;
  /** Columns: `"name"`, `"users.name"`, `"users.*"`, `"name as n"`; default all. */
  select(...columns: string[]): Query;
  select(columns: string[]): Query;
  /** `column = value`, `AND`ed with what precedes. */
  where(column: string, value: DbValue): Query;
  /** `column op value`, `AND`ed with what precedes. */
  where(column: string, op: WhereOperator, value: DbValue): Query;
  /** `column = value` for each entry, `AND`ed. */
  where(values: Record<string, DbValue>): Query;
  /** As `where`, `OR`ed with what precedes. */
  orWhere(column: string, value: DbValue): Query;
  orWhere(column: string, op: WhereOperator, value: DbValue): Query;
  orWhere(values: Record<string, DbValue>): Query;
  /** `column IN (values)`; an empty list matches nothing. */
  whereIn(column: string, values: DbValue[]): Query;
  /** `column NOT IN (values)`; an empty list matches everything. */
  whereNotIn(column: string, values: DbValue[]): Query;
  /** `column IS NULL`. */
  whereNull(column: string): Query;
  /** `column IS NOT NULL`. */
  whereNotNull(column: string): Query;
  /** `INNER JOIN table ON a op b` (`op` may be left out: `=`). */
  join(table: string, a: string, b: string): Query;
  join(table: string, a: string, op: JoinOperator, b: string): Query;
  /** `LEFT JOIN table ON a op b` (`op` may be left out: `=`). */
  leftJoin(table: string, a: string, b: string): Query;
  leftJoin(table: string, a: string, op: JoinOperator, b: string): Query;
  /** Orders by `column` (default `"asc"`). */
  orderBy(column: string, direction?: "asc" | "desc" | "ASC" | "DESC"): Query;
  /** `GROUP BY columns`. */
  groupBy(...columns: string[]): Query;
  /** Skips the first `n` rows. */
  skip(n: number): Query;
  /** At most `n` rows. */
  limit(n: number): Query;
  /** Allows `update()` / `delete()` without a `where` (on purpose). */
  allRows(): Query;

  // --- terminals (they run the query)

  /** The first `n` rows. */
  take(n: number): Row[];
  /** Every row. */
  all(): Row[];
  /** The first row, or `null`. */
  first(): Row | null;
  /** The row whose `id` is `id`, or `null`. */
  find(id: DbValue): Row | null;
  /** How many rows (after `groupBy`: how many groups). */
  count(column?: string): number;
  /** The sum of `column` (`0` for no rows). */
  sum(column: string): number;
  /** Inserts a row; returns its new id. */
  insert(row: Record<string, DbValue>): number;
  /** Inserts rows; returns their ids. */
  insert(rows: Record<string, DbValue>[]): number[];
  /** Updates the rows matched by `where`; returns how many changed. Refused without a `where` unless `allRows()` precedes. */
  update(values: Record<string, DbValue>): number;
  /** Deletes the rows matched by `where`; returns how many. Refused without a `where` unless `allRows()` precedes. */
  delete(): number;
  /**
   * Runs one SQL statement with `?` placeholders: rows for a query, `{affected, insertId}`
   * for a statement.
   */
  raw(sql: string, params?: DbValue[]): any;
  /** Runs `fn` in a transaction: commits when it returns, rolls back (and rethrows) when it throws; returns its value. */
  transaction<T>(fn: () => T): T;
}

/** The query builder on the default connection, or on connection `name` (`KITWORK_DB_<NAME>`). */
declare function db(name?: string): Query;

// ------------------------------------------------------------------ queues, durable runs

/** Options of `queue(name).push()`. */
interface PushOptions {
  /** Run the job after this long. */
  delay?: Duration;
  /** Dedupes: while a job with this key is pending or running, pushing again returns its id. */
  key?: string;
  /** With `key`: hold the key this long from its first push, whatever became of the job (done, dead): a redelivery inside it returns the first job's id. */
  ttl?: Duration;
}

/** A queue to push jobs to (from `queue(name)`). */
interface QueueHandle {
  /** Enqueues a job (plain data up to 256 KiB); returns its id. */
  push(payload: any, options?: PushOptions): string;
}

/** The queue `name`, to push jobs to. Consume one with `w.queue(name)`. */
declare function queue(name: string): QueueHandle;

/** Durable sleep: under 5 s in memory, longer ones checkpoint the run and free the worker. */
declare function sleep(duration: Duration): void;

/** Options of `wait()`. */
interface WaitOptions {
  /** Give up after this long and return `null` (default: wait until signalled or cancelled). */
  timeout?: Duration;
}

/** Checkpoints until `signal(event, data)`; returns the data, or `null` when the timeout passes. */
declare function wait(event: string, options?: WaitOptions): any;

/** Options of `signal()`. */
interface SignalOptions {
  /** Keep a signal that finds no waiting run this long, for the first matching `wait`. */
  keep?: Duration;
}

/** Wakes every run waiting on `event` with `data`; returns how many woke. */
declare function signal(event: string, data?: any, options?: SignalOptions): number;

// ------------------------------------------------------------------ http()

/** Options of `http()`. */
interface HttpOptions {
  /** Default `"GET"` (`http.post`: `"POST"`). */
  method?: string;
  headers?: Record<string, string | number>;
  /** A string as it is; anything else as JSON. */
  body?: any;
  /** Default `"10s"`. */
  timeout?: Duration;
  /** Retries on network errors and 5xx, with backoff (0..10). */
  retries?: number;
}

/** What `http()` returns. */
interface HttpResponse {
  status: number;
  /** `status` is 2xx. */
  ok: boolean;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** A JSON body parsed; otherwise the text. */
  body: any;
}

/**
 * Outbound HTTP with a timeout, retries and an allow-list (`KITWORK_HTTP_ALLOW`); every
 * call carries an `Idempotency-Key` header.
 */
declare function http(url: string, options?: HttpOptions): HttpResponse;
declare namespace http {
  /** `GET url`. */
  function get(url: string, options?: HttpOptions): HttpResponse;
  /** `POST url` with `body` (an object is sent as JSON). */
  function post(url: string, body?: any, options?: HttpOptions): HttpResponse;
}

// ------------------------------------------------------------------ env, logs, helpers

/** A declared environment variable (kitwork.json `"env"`), or `undefined` when unset; values are masked in logs. */
declare function env(name: string): string | undefined;
/** A declared environment variable, or `fallback` when unset. */
declare function env<F>(name: string, fallback: F): string | F;

/** A log line attached to the run (level info). */
declare function log(...args: any[]): void;

/** Log lines attached to the run. */
declare var console: {
  log(...args: any[]): void;
  info(...args: any[]): void;
  warn(...args: any[]): void;
  error(...args: any[]): void;
  debug(...args: any[]): void;
};

/** A random UUID (version 4). */
declare function uuid(): string;
/** A random number in [0, 1). */
declare function random(): number;
/** The hex digest of `text`. */
declare function hash(algorithm: "sha256" | "sha512" | "sha1" | "md5", text: string): string;

// ------------------------------------------------------------------ crypto, webhooks

interface KitworkCrypto {
  /** HMAC of `data` (utf-8) under `key` (utf-8), encoded (default hex). */
  hmac(algorithm: HashAlgorithm, key: string, data: string, encoding?: ByteEncoding): string;
  /** Digest of `data` (utf-8), encoded (default hex). */
  hash(algorithm: HashAlgorithm, data: string, encoding?: ByteEncoding): string;
  /** Compares two strings in time that depends only on their length. */
  timingSafeEqual(a: string, b: string): boolean;
  /** A random UUID (version 4). */
  randomUUID(): string;
  /** `size` random bytes (0..65536), encoded (default hex). */
  randomBytes(size: number, encoding?: ByteEncoding): string;
}

/** HMACs, digests, a constant-time comparison and random values (also `w.crypto`). */
declare var crypto: KitworkCrypto;

/** Options of `verifyWebhook()`. */
interface WebhookOptions {
  /** `"stripe"` (Stripe-Signature), `"github"` (X-Hub-Signature-256), `"standard"` (Standard Webhooks: webhook-id/-timestamp/-signature). */
  scheme: "stripe" | "github" | "standard";
  /** The signing secret (a list while rotating); Standard Webhooks: `"whsec_…"`. */
  secret: string | string[];
  /** How old (or early) a timestamp may be (default `"5m"`; not for `"github"`). */
  tolerance?: Duration;
}

/**
 * Whether the request's signature matches its exact body (`w.rawBody`). Why a request
 * failed goes to the run's log, never to the caller.
 * @example if (!verifyWebhook(w, { scheme: "stripe", secret: env("STRIPE_SECRET") ?? "" })) fail(401, "bad signature");
 */
declare function verifyWebhook(w: Work, options: WebhookOptions): boolean;

// ------------------------------------------------------------------ web globals

/** Percent-decodes and splits a query string: `new URLSearchParams("a=1&b=2")`. */
interface URLSearchParams {
  readonly size: number;
  append(name: string, value: string): void;
  delete(name: string, value?: string): void;
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string, value?: string): boolean;
  set(name: string, value: string): void;
  sort(): void;
  forEach(callback: (value: string, key: string, parent: URLSearchParams) => void): void;
  entries(): IterableIterator<[string, string]>;
  keys(): IterableIterator<string>;
  values(): IterableIterator<string>;
  [Symbol.iterator](): IterableIterator<[string, string]>;
  /** The query string, without `?`. */
  toString(): string;
}
declare var URLSearchParams: {
  prototype: URLSearchParams;
  new (init?: string | string[][] | Record<string, string> | URLSearchParams): URLSearchParams;
};

/** A parsed URL (WHATWG): `new URL("/a?b=1", "https://example.com")`. */
interface URL {
  hash: string;
  host: string;
  hostname: string;
  href: string;
  readonly origin: string;
  password: string;
  pathname: string;
  port: string;
  protocol: string;
  search: string;
  readonly searchParams: URLSearchParams;
  username: string;
  toString(): string;
  toJSON(): string;
}
declare var URL: {
  prototype: URL;
  /** Throws a TypeError for an invalid URL. */
  new (url: string | URL, base?: string | URL): URL;
  /** Whether `new URL(url, base)` would succeed. */
  canParse(url: string | URL, base?: string | URL): boolean;
  /** The URL, or null where `new URL(url, base)` would throw. */
  parse(url: string | URL, base?: string | URL): URL | null;
};

/** Encodes strings as UTF-8 bytes: an array of numbers 0..255 (works have no typed arrays). */
interface TextEncoder {
  readonly encoding: "utf-8";
  encode(input?: string): number[];
}
declare var TextEncoder: {
  prototype: TextEncoder;
  new (): TextEncoder;
};

/** Decodes UTF-8 bytes (an array of numbers 0..255) to a string; only UTF-8. */
interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: number[]): string;
}
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};

/** Base64 of a binary string (each character a byte, 0..255). */
declare function btoa(data: string): string;
/** The binary string a base64 text encodes. */
declare function atob(data: string): string;
/** A deep copy of plain data (objects, arrays, Map, Set…). */
declare function structuredClone<T>(value: T): T;

/** The web's error for InvalidCharacterError (atob, btoa), DataCloneError (structuredClone)… */
interface DOMException extends Error {
  readonly name: string;
  readonly message: string;
  /** The legacy numeric code of the name (5 for InvalidCharacterError, 25 for DataCloneError), else 0. */
  readonly code: number;
}
declare var DOMException: {
  prototype: DOMException;
  new (message?: string, name?: string): DOMException;
};
