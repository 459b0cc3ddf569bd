// The store's one schema, for SQLite and PostgreSQL alike. Every table, column and index
// says in which schema version it appeared (`since`); creating a fresh store and
// upgrading an old one are the same plan: whatever is newer than the store's version is
// added (new tables whole, new columns of existing tables by ALTER TABLE, new indexes).
// So the schema is read in one place and an upgrade cannot drift from a fresh install.
//
// A dialect contributes only its column types; where the version number is kept (SQLite
// `PRAGMA user_version`, PostgreSQL a `kw_meta` row) and the transaction the plan runs in
// belong to the store implementations.

export const SCHEMA_VERSION = 13;

/** bigint: epoch milliseconds and cron slots (PostgreSQL INTEGER is 32-bit; SQLite's is 64-bit). */
export type ColumnType = "text" | "int" | "bigint";

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  readonly notNull: boolean;
  readonly default?: number | string;
  readonly since: number;
}

export interface Table {
  readonly name: string;
  readonly since: number;
  readonly columns: readonly Column[];
  readonly primaryKey: readonly string[];
}

export interface Index {
  readonly name: string;
  readonly table: string;
  readonly columns: readonly string[];
  readonly unique?: boolean;
  /** A partial index's condition (the same SQL in both dialects). */
  readonly where?: string;
  readonly since: number;
  /** The version that dropped it (a replaced index): a store at a version from `since` to before `until` drops it on upgrade; newer stores never had it. */
  readonly until?: number;
}

export type ColumnTypes = Readonly<Record<ColumnType, string>>;

export const SQLITE_TYPES: ColumnTypes = { text: "TEXT", int: "INTEGER", bigint: "INTEGER" };
export const POSTGRES_TYPES: ColumnTypes = { text: "TEXT", int: "INTEGER", bigint: "BIGINT" };

interface ColumnOptions {
  null?: boolean;
  default?: number | string;
  since?: number;
}

/** A column: NOT NULL unless `null: true`; `since` defaults to its table's version. */
const c = (name: string, type: ColumnType, o: ColumnOptions = {}) => ({ name, type, o });

/**
 * A single-column text key, declared as schema 1 declared it: without NOT NULL. PostgreSQL
 * makes a key NOT NULL anyway; SQLite would accept a null one, which the store never
 * writes, and cannot add NOT NULL to an existing column, so new stores match old ones.
 */
const key = (name: string) => c(name, "text", { null: true });

function table(name: string, since: number, primaryKey: string[], cols: ReturnType<typeof c>[]): Table {
  return {
    name,
    since,
    primaryKey,
    columns: cols.map(({ name: n, type, o }) => ({ name: n, type, notNull: !o.null, default: o.default, since: o.since ?? since })),
  };
}

export const TABLES: readonly Table[] = [
  table("kw_versions", 1, ["hash"], [key("hash"), c("file", "text"), c("name", "text"), c("source", "text"), c("created_at", "bigint")]),
  table("kw_jobs", 1, ["id"], [
    key("id"),
    c("queue", "text"),
    c("payload", "text"),
    c("key", "text", { null: true }),
    c("state", "text"),
    c("attempts", "int", { default: 0 }),
    c("run_at", "bigint"),
    c("lease_owner", "text", { null: true }),
    c("lease_until", "bigint", { null: true }),
    c("error", "text", { null: true }),
    c("created_at", "bigint"),
    c("updated_at", "bigint"),
    // The pushing span's W3C traceparent: a request → job → run chain is one trace.
    c("trace", "text", { null: true, since: 6 }),
  ]),
  table("kw_cron_slots", 1, ["work", "slot"], [c("work", "text"), c("slot", "bigint"), c("owner", "text"), c("fired_at", "bigint")]),
  table("kw_runs", 1, ["id"], [
    key("id"),
    c("work", "text"),
    c("version", "text"),
    c("trigger", "text"),
    c("status", "text"),
    c("attempt", "int"),
    c("started_at", "bigint"),
    c("finished_at", "bigint", { null: true }),
    c("error", "text", { null: true }),
    c("result_size", "int", { null: true }),
    c("logs", "text"),
    c("job_id", "text", { null: true }),
    c("error_kind", "text", { null: true, since: 3 }),
  ]),
  // Plain successes' records, many to a row (store/run-packs.ts): one row per work, version,
  // trigger and minute of ids, a JSON list of tuples with the id range, start range and newest finish.
  table("kw_run_packs", 12, ["first_id"], [
    c("first_id", "text"),
    c("last_id", "text"),
    c("work", "text"),
    c("version", "text"),
    c("trigger", "text"),
    c("started_min", "bigint"),
    c("started_max", "bigint"),
    c("finished_max", "bigint"),
    c("runs", "text"),
  ]),
  table("kw_durable", 2, ["run_id"], [
    key("run_id"),
    c("work", "text"),
    c("version", "text"),
    c("file", "text"),
    c("trigger", "text"),
    c("state", "text"),
    c("wake_at", "bigint", { null: true }),
    c("event", "text", { null: true }),
    c("resume_value", "text", { null: true }),
    c("snapshot", "text"),
    c("effects", "int"),
    c("checkpoints", "int"),
    c("attempt", "int"),
    c("lease_owner", "text", { null: true }),
    c("lease_until", "bigint", { null: true }),
    c("result", "text", { null: true }),
    c("error", "text", { null: true }),
    c("created_at", "bigint"),
    c("updated_at", "bigint"),
  ]),
  table("kw_signals", 2, ["id"], [key("id"), c("event", "text"), c("data", "text"), c("expires_at", "bigint"), c("created_at", "bigint")]),
  // Dedupe windows of keyed pushes with a ttl: the key is held until expires_at, whatever
  // became of its job (done jobs are pruned after the retention, a window lives its ttl).
  table("kw_queue_keys", 4, ["queue", "key"], [c("queue", "text"), c("key", "text"), c("job_id", "text"), c("expires_at", "bigint"), c("created_at", "bigint")]),
  // Deployments (`kitwork deploy`): numbered sets of files; the one with the highest activation is current.
  table("kw_deployments", 7, ["id"], [
    c("id", "int"),
    c("created_at", "bigint"),
    c("created_by", "text"),
    c("message", "text", { null: true }),
    c("works", "int"),
    c("files", "int"),
    c("bytes", "bigint"),
    c("digest", "text"),
    c("activation", "int"),
    c("activated_at", "bigint"),
  ]),
  // A deployment's files: text as it is, other bytes in base64 (encoding).
  table("kw_deployment_files", 7, ["deployment", "path"], [c("deployment", "int"), c("path", "text"), c("encoding", "text"), c("content", "text")]),
  // Engines sharing the store (docs/cluster.md): one row per process start, its heartbeat on the
  // store's clock; what a node holds is read from the leases (lease_owner starts with its id).
  table("kw_nodes", 8, ["id"], [
    key("id"),
    c("host", "text"),
    c("pid", "int"),
    c("version", "text"),
    c("started_at", "bigint"),
    c("heartbeat_at", "bigint"),
    c("lease_ms", "int"),
    c("info", "text", { null: true }),
  ]),
  // Fleet-wide rate limits (engine/flow.ts): one row per limited work, the starts taken in its
  // current fixed window. `granted` is what the last take was given (RETURNING sees only the new row).
  table("kw_rate_windows", 9, ["key"], [key("key"), c("window_start", "bigint"), c("count", "int"), c("granted", "int", { default: 0 })]),
];

/** The condition of the partial status index: a query for a status other than 'succeeded' repeats it, so both dialects can use the index with a bound status. */
export const UNUSUAL_RUNS = "status <> 'succeeded'";

export const INDEXES: readonly Index[] = [
  { name: "kw_jobs_due", table: "kw_jobs", columns: ["queue", "state", "run_at"], since: 1 },
  // The jobs a claim may take, oldest first: pending ones by due time, leased ones by the end
  // of their lease (finished jobs stay in the table until pruned and are in neither), so a claim
  // reads only what it takes — not every job leased ahead of it (kw_jobs_live, schema 10–12,
  // held both, and a claim behind 500 leased jobs read 500 entries to skip them).
  { name: "kw_jobs_live", table: "kw_jobs", columns: ["queue", "run_at"], where: "state IN ('pending', 'leased')", since: 10, until: 13 },
  { name: "kw_jobs_pending", table: "kw_jobs", columns: ["queue", "run_at"], where: "state = 'pending'", since: 13 },
  { name: "kw_jobs_leased", table: "kw_jobs", columns: ["queue", "lease_until"], where: "state = 'leased'", since: 13 },
  // One live job per key: the race-free dedupe of keyed pushes.
  { name: "kw_jobs_key", table: "kw_jobs", columns: ["queue", "key"], unique: true, where: "key IS NOT NULL AND state IN ('pending', 'leased')", since: 1 },
  { name: "kw_runs_recent", table: "kw_runs", columns: ["started_at"], since: 1 },
  { name: "kw_runs_work", table: "kw_runs", columns: ["work", "started_at"], since: 1 },
  // Failed runs by kind, recent first; most runs succeed, so the index stays small.
  { name: "kw_runs_error_kind", table: "kw_runs", columns: ["error_kind", "started_at"], where: "error_kind IS NOT NULL", since: 3 },
  // The dashboard's run listing by status (suspended, failed: the few an operator looks for
  // among many that succeeded). Partial since 11: every run writes its record, and an entry for
  // each success made an insert about 1 µs dearer (docs/benchmarks.md, "Run records on the
  // request path"); listing succeeded runs reads kw_runs_recent instead.
  { name: "kw_runs_status", table: "kw_runs", columns: ["status", "started_at"], since: 5, until: 11 },
  { name: "kw_runs_unusual", table: "kw_runs", columns: ["status", "started_at"], where: UNUSUAL_RUNS, since: 11 },
  // Listings read packs newest first; by work through its own packs.
  { name: "kw_run_packs_recent", table: "kw_run_packs", columns: ["started_max", "first_id"], since: 12 },
  { name: "kw_run_packs_work", table: "kw_run_packs", columns: ["work", "started_max", "first_id"], since: 12 },
  { name: "kw_durable_due", table: "kw_durable", columns: ["state", "wake_at"], since: 2 },
  { name: "kw_durable_event", table: "kw_durable", columns: ["event", "state"], since: 2 },
  { name: "kw_signals_event", table: "kw_signals", columns: ["event", "created_at"], since: 2 },
  { name: "kw_queue_keys_expiry", table: "kw_queue_keys", columns: ["expires_at"], since: 4 },
  // The current deployment is the highest activation; each is given once.
  { name: "kw_deployments_activation", table: "kw_deployments", columns: ["activation"], unique: true, since: 7 },
];

function columnSql(col: Column, types: ColumnTypes): string {
  let s = `${col.name} ${types[col.type]}`;
  if (col.notNull) s += " NOT NULL";
  if (col.default !== undefined) s += ` DEFAULT ${typeof col.default === "number" ? col.default : `'${col.default.replace(/'/g, "''")}'`}`;
  return s;
}

export function createTableSql(t: Table, types: ColumnTypes): string {
  const cols = t.columns.map((col) => columnSql(col, types));
  return `CREATE TABLE IF NOT EXISTS ${t.name} (${[...cols, `PRIMARY KEY (${t.primaryKey.join(", ")})`].join(", ")})`;
}

export function createIndexSql(i: Index): string {
  return `CREATE ${i.unique ? "UNIQUE " : ""}INDEX IF NOT EXISTS ${i.name} ON ${i.table} (${i.columns.join(", ")})${i.where ? ` WHERE ${i.where}` : ""}`;
}

/**
 * The statements that bring a store at schema `from` (0: an empty database) to
 * SCHEMA_VERSION, in order: new tables, new columns of older tables, then new indexes and
 * the drops of the indexes they replace.
 */
export function upgradePlan(from: number, types: ColumnTypes): string[] {
  if (from > SCHEMA_VERSION) throw new Error(`the store was created by a newer Kitwork (schema ${from}; this one knows ${SCHEMA_VERSION})`);
  const out: string[] = [];
  for (const t of TABLES) if (t.since > from) out.push(createTableSql(t, types));
  for (const t of TABLES) {
    if (t.since > from) continue;
    for (const col of t.columns) if (col.since > from) out.push(`ALTER TABLE ${t.name} ADD COLUMN ${columnSql(col, types)}`);
  }
  for (const i of INDEXES) {
    if (i.until !== undefined) {
      if (from >= i.since && from < i.until) out.push(`DROP INDEX IF EXISTS ${i.name}`);
    } else if (i.since > from) out.push(createIndexSql(i));
  }
  return out;
}

export function tableOf(name: string): Table {
  const t = TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name} in the store schema`);
  return t;
}

// The rules an upgrade relies on, checked once when the module loads (a broken schema
// is a bug in this file, found by any test that opens a store).
for (const t of TABLES) {
  if (t.since < 1 || t.since > SCHEMA_VERSION) throw new Error(`store schema: table ${t.name} has version ${t.since}`);
  for (const col of t.columns) {
    if (col.since < t.since || col.since > SCHEMA_VERSION) throw new Error(`store schema: column ${t.name}.${col.name} has version ${col.since}`);
    // ALTER TABLE ADD COLUMN cannot fill existing rows of a NOT NULL column without a default.
    if (col.since > t.since && col.notNull && col.default === undefined) throw new Error(`store schema: added column ${t.name}.${col.name} needs a default or NULL`);
  }
}
for (const i of INDEXES) {
  const t = tableOf(i.table);
  for (const name of i.columns) {
    const col = t.columns.find((x) => x.name === name);
    if (!col || col.since > i.since) throw new Error(`store schema: index ${i.name} uses ${i.table}.${name}, which its version ${i.since} does not have`);
  }
  if (i.since < t.since || i.since > SCHEMA_VERSION) throw new Error(`store schema: index ${i.name} has version ${i.since}`);
  if (i.until !== undefined && (i.until <= i.since || i.until > SCHEMA_VERSION)) throw new Error(`store schema: index ${i.name} is dropped at version ${i.until}`);
}
