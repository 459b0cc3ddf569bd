// Run packs: the records of plain successes, many to a row. Every run gets a record, and
// most runs succeed with nothing to show but their identity and timing; a row and four
// index entries for each made the record the request path's largest cost on SQLite
// (docs/benchmarks.md, "Run records on the request path"). A batch's plain successes go
// into kw_run_packs rows instead, one per work, version, trigger and minute of ids: a JSON
// list of tuples, with the id range and start range it covers. Failures, suspended runs and records with logs keep their own
// kw_runs row, so listings by status, error or kind read kw_runs alone.
//
// Both stores share what is here; each runs the SQL in its dialect:
// - getRun: kw_runs first; a record not found there (or not finished there) is looked up
//   in the packs of its id's time bucket (ids are time-ordered UUIDs, src/ids.ts);
// - listRuns: kw_runs' page merged with the packs' entries, in the listing's order;
// - prune: a pack goes when its newest record is past the retention.

import { conditions } from "./rows.js";
import type { RunFilter, RunRecord } from "./store.js";

/** The records of one pack have ids made within one bucket this long: a lookup by id reads the packs of one bucket. */
export const PACK_BUCKET_MS = 60_000;

export const PACK_COLUMNS = ["first_id", "last_id", "work", "version", "trigger", "started_min", "started_max", "finished_max", "runs"] as const;

/**
 * The insert of a pack row (parameters in PACK_COLUMNS order); `mark(n)` spells the n-th
 * parameter. A batch whose commit was not confirmed (a connection lost in the COMMIT) is
 * sent again with what gathered since: the same first record makes the same pack, now with
 * those records added, so it replaces the one written.
 */
export const INSERT_PACK_SQL = (mark: (n: number) => string): string => INSERT_PACK_SQL_FROM(`VALUES (${PACK_COLUMNS.map((_, i) => mark(i + 1)).join(", ")})`);

/** The same insert of the pack rows a query gives (its columns in PACK_COLUMNS order). */
export const INSERT_PACK_SQL_FROM = (rows: string): string =>
  `INSERT INTO kw_run_packs (${PACK_COLUMNS.join(", ")}) ${rows} ON CONFLICT (first_id) DO UPDATE SET ${PACK_COLUMNS.slice(1).map((c) => `${c} = excluded.${c}`).join(", ")}`;

/** Deletes the packs whose newest record finished before the parameter (the retention; `mark` spells it). */
export const PRUNE_PACKS_SQL = (mark: string): string => `DELETE FROM kw_run_packs WHERE finished_max < ${mark}`;

/** A record stored in a pack: the fields a plain success has, in this order. */
type Tuple = [id: string, attempt: number, startedAt: number, finishedAt: number, resultSize: number | null, jobId: string | null];

type Row = Record<string, unknown>;

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The milliseconds a time-ordered id was made at. */
const idTime = (id: string): number => parseInt(id.slice(0, 8) + id.slice(9, 13), 16);

/** The smallest id of a bucket (it sorts before every id made in it). */
function bucketFloor(id: string): string {
  const t = (Math.floor(idTime(id) / PACK_BUCKET_MS) * PACK_BUCKET_MS).toString(16).padStart(12, "0");
  return `${t.slice(0, 8)}-${t.slice(8)}-0000-0000-000000000000`;
}

/** A plain success: nothing of it but identity and timing, its id time-ordered. */
function packable(r: RunRecord): boolean {
  return r.status === "succeeded" && r.error === null && r.logs.length === 0 && (r.errorKind ?? null) === null && r.finishedAt !== null && V7.test(r.id);
}

/** One pack being gathered: its first record (work, version, trigger), the ranges it covers and its tuples. */
interface Gathering {
  bucket: number;
  first: RunRecord;
  firstId: string;
  lastId: string;
  startedMin: number;
  startedMax: number;
  finishedMax: number;
  /** The tuples' JSON texts (a V7 id needs no escaping). */
  tuples: string[];
}

/** A number as JSON.stringify spells it (without its per-call setup: most of a batch's packing time). */
const jsonNumber = (n: number | null): string => (n === null || !Number.isFinite(n) ? "null" : String(n));

/** A record's Tuple (its fields in that order) as JSON text, as JSON.stringify would make it (a V7 id needs no escaping). */
function tupleJson(r: RunRecord): string {
  return `["${r.id}",${jsonNumber(r.attempt)},${jsonNumber(r.startedAt)},${jsonNumber(r.finishedAt)},${jsonNumber(r.resultSize)},${r.jobId == null ? "null" : JSON.stringify(r.jobId)}]`;
}

/**
 * Splits a batch of records (mergeRuns' output: one per id) into those that keep a
 * kw_runs row and the parameters of the pack rows, in PACK_COLUMNS order.
 */
export function packRuns(runs: readonly RunRecord[]): { rows: RunRecord[]; packs: unknown[][] } {
  const rows: RunRecord[] = [];
  const groups = new Map<string, Gathering>();
  // A batch is mostly runs of one work in a row: the last record's pack is tried before the map.
  let last = null as Gathering | null;
  for (const r of runs) {
    if (!packable(r)) {
      rows.push(r);
      continue;
    }
    const bucket = Math.floor(idTime(r.id) / PACK_BUCKET_MS);
    let g = last;
    if (g === null || g.bucket !== bucket || g.first.work !== r.work || g.first.version !== r.version || g.first.trigger !== r.trigger) {
      // One pack per work, version, trigger and bucket: a listing by work reads its own packs (kw_run_packs_work).
      const key = `${bucket}\n${r.trigger}\n${r.version}\n${r.work}`;
      g = groups.get(key) ?? null;
      if (g === null) {
        g = { bucket, first: r, firstId: r.id, lastId: r.id, startedMin: Infinity, startedMax: -Infinity, finishedMax: -Infinity, tuples: [] };
        groups.set(key, g);
      }
      last = g;
    }
    if (r.id < g.firstId) g.firstId = r.id;
    if (r.id > g.lastId) g.lastId = r.id;
    g.startedMin = Math.min(g.startedMin, r.startedAt);
    g.startedMax = Math.max(g.startedMax, r.startedAt);
    g.finishedMax = Math.max(g.finishedMax, r.finishedAt!);
    g.tuples.push(tupleJson(r));
  }
  const packs: unknown[][] = [];
  for (const g of groups.values()) {
    packs.push([g.firstId, g.lastId, g.first.work, g.first.version, g.first.trigger, g.startedMin, g.startedMax, g.finishedMax, `[${g.tuples.join(",")}]`]);
  }
  return { rows, packs };
}

/** The pack's own columns, the same for each of its records. */
interface PackOf {
  work: string;
  version: string;
  trigger: string;
}

function fromTuple(t: Tuple, { work, version, trigger }: PackOf): RunRecord {
  const [id, attempt, startedAt, finishedAt, resultSize, jobId] = t;
  return { id, work, version, trigger, status: "succeeded", attempt, startedAt, finishedAt, error: null, resultSize, logs: [], jobId, errorKind: null };
}

/** The records of a pack row. */
export function unpack(row: Row): RunRecord[] {
  const of = row as unknown as PackOf;
  return (JSON.parse(row.runs as string) as Tuple[]).map((t) => fromTuple(t, of));
}

/** The SQL (parameters: the bucket's floor, the id, the id) and parameters that find the packs that may hold a run. */
export function packLookup(id: string, mark: (n: number) => string): { sql: string; params: unknown[] } | null {
  if (!V7.test(id)) return null;
  return { sql: `SELECT work, version, trigger, runs FROM kw_run_packs WHERE first_id >= ${mark(1)} AND first_id <= ${mark(2)} AND last_id >= ${mark(3)}`, params: [bucketFloor(id), id, id] };
}

/** A run's record in the packs found by packLookup. */
export function findInPacks(rows: readonly Row[], id: string): RunRecord | null {
  for (const row of rows) {
    const t = (JSON.parse(row.runs as string) as Tuple[]).find((x) => x[0] === id);
    if (t) return fromTuple(t, row as unknown as PackOf);
  }
  return null;
}

/** getRun over both: a kw_runs row that is finished stands; otherwise (none, or unfinished) a packed final record wins. */
export async function getRunWithPacks(row: RunRecord | null, id: string, mark: (n: number) => string, query: (sql: string, params: unknown[]) => Promise<Row[]>): Promise<RunRecord | null> {
  if (row && row.finishedAt !== null) return row;
  const lookup = packLookup(id, mark);
  if (!lookup) return row;
  return findInPacks(await query(lookup.sql, lookup.params), id) ?? row;
}

/** Packs hold only plain successes: a filter for anything else skips them. */
function packsMatchNothing(f: RunFilter): boolean {
  return (f.status != null && f.status !== "succeeded") || f.errorKind != null || !!f.errorText;
}

/** The filter's conditions on a pack's records (its work and trigger were the pack's, in SQL). */
function matches(r: RunRecord, f: RunFilter): boolean {
  if (f.since != null && r.startedAt < f.since) return false;
  if (f.until != null && r.startedAt >= f.until) return false;
  if (f.before != null && !earlier(r, f.before)) return false;
  return true;
}

/** The listing's order: started_at, then id, both descending. */
function earlier(r: { startedAt: number; id: string }, than: { startedAt: number; id: string }): boolean {
  return r.startedAt < than.startedAt || (r.startedAt === than.startedAt && r.id < than.id);
}

const byListing = (a: RunRecord, b: RunRecord): number => (a.startedAt !== b.startedAt ? b.startedAt - a.startedAt : a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Packs read per round trip while a listing fills its page. */
const PACKS_PER_READ = 4;

/**
 * The pack rows a listing may draw on, newest start first, from a keyset position; the
 * WHERE clause keeps to packs whose start range can meet the filter. `mark(n)` spells the
 * n-th parameter. Pages in (started_max, first_id) order, descending.
 */
function packPageSql(f: RunFilter, after: { startedMax: number; firstId: string } | null, mark: (n: number) => string): { sql: string; params: unknown[] } {
  const c = conditions(mark);
  const add = c.add;
  if (f.work != null) add((m) => `work = ${m}`, f.work);
  if (f.trigger != null) add((m) => `trigger = ${m}`, f.trigger);
  if (f.since != null) add((m) => `started_max >= ${m}`, f.since);
  if (f.until != null) add((m) => `started_min < ${m}`, f.until);
  if (f.before != null) add((m) => `started_min <= ${m}`, f.before.startedAt);
  if (after) add((t, id) => `(started_max, first_id) < (${t}, ${id})`, after.startedMax, after.firstId);
  const where = c.where;
  const params = c.params;
  params.push(PACKS_PER_READ);
  return { sql: `SELECT first_id, started_max, work, version, trigger, runs FROM kw_run_packs ${where} ORDER BY started_max DESC, first_id DESC LIMIT ${mark(params.length)}`, params };
}

/**
 * listRuns over both: `rows` is kw_runs' page for the filter (its first `limit` in the
 * listing's order); packed records are merged in until no unread pack can hold a record
 * that would make the page. A record in kw_runs and in a pack (an unfinished row, then its
 * final record packed) is listed once, as packed.
 */
export async function listRunsWithPacks(f: RunFilter, rows: RunRecord[], mark: (n: number) => string, query: (sql: string, params: unknown[]) => Promise<Row[]>): Promise<RunRecord[]> {
  const limit = f.limit ?? 50;
  if (packsMatchNothing(f)) return rows;
  const packed: RunRecord[] = [];
  // A record in two packs (a batch sent again after an unconfirmed commit, its first record then another) is listed once.
  const seen = new Set<string>();
  let after: { startedMax: number; firstId: string } | null = null;
  for (;;) {
    const page = packPageSql(f, after, mark);
    const found = await query(page.sql, page.params);
    for (const row of found) {
      for (const r of unpack(row)) {
        if (!matches(r, f) || seen.has(r.id)) continue;
        seen.add(r.id);
        packed.push(r);
      }
    }
    if (found.length < PACKS_PER_READ) break;
    const lastRow = found[found.length - 1]!;
    after = { startedMax: Number(lastRow.started_max), firstId: lastRow.first_id as string };
    // Every unread pack started its records at or before after.startedMax: once the page is
    // full of records that started later, none of them can enter it.
    const all = rows.length + packed.length;
    if (all >= limit) {
      const kth = [...rows, ...packed].sort(byListing)[limit - 1]!;
      if (kth.startedAt > after.startedMax) break;
    }
  }
  if (packed.length === 0) return rows;
  // A merge, not a sort of both: the rows keep the database's order (its collation orders ties of start).
  const own = rows.filter((r) => !seen.has(r.id));
  packed.sort(byListing);
  const out: RunRecord[] = [];
  let i = 0;
  let j = 0;
  while (out.length < limit && (i < own.length || j < packed.length)) {
    if (j >= packed.length || (i < own.length && byListing(own[i]!, packed[j]!) <= 0)) out.push(own[i++]!);
    else out.push(packed[j++]!);
  }
  return out;
}
