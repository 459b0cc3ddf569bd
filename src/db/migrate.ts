// Migrations: `migrations/*.sql` in a works folder, applied in name order, each in a
// transaction where the database allows it (SQLite, PostgreSQL; MySQL commits DDL
// implicitly), recorded in kitwork_migrations. A failed migration stops with the file
// and the database's message.

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type Connection, redact } from "./connections.js";
import { kysely } from "./kysely.js";

export class MigrationError extends Error {}

/** Splits a SQL file into statements at top-level semicolons (quotes and comments respected). */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      cur += ch;
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === "-" && text[i + 1] === "-") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
      cur += "\n";
      continue;
    }
    if (ch === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === "`") quote = ch;
    if (ch === ";") {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

export function migrationFiles(worksDir: string): string[] {
  const dir = path.join(worksDir, "migrations");
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith(".sql")).sort();
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(conn: Connection, worksDir: string): Promise<string[]> {
  const files = migrationFiles(worksDir);
  if (files.length === 0) return [];
  // Migrations run without the connection's query timeout (an index on a big table may
  // take longer than any query should), on a connection of their own.
  const own = conn.untimed ? await conn.untimed() : null;
  try {
    return await apply(own ?? conn, worksDir, files);
  } finally {
    await own?.close();
  }
}

async function apply(conn: Connection, worksDir: string, files: string[]): Promise<string[]> {
  const k = conn.kysely;
  const { sql } = kysely();
  await k.schema
    .createTable("kitwork_migrations")
    .ifNotExists()
    .addColumn("name", "varchar(255)", (c) => c.primaryKey())
    .addColumn("checksum", "varchar(64)", (c) => c.notNull())
    .addColumn("applied_at", "varchar(32)", (c) => c.notNull())
    .execute();
  const done = new Set((await k.selectFrom("kitwork_migrations").select("name").execute()).map((r: { name: string }) => r.name));
  const applied: string[] = [];
  for (const name of files) {
    if (done.has(name)) continue;
    const text = fs.readFileSync(path.join(worksDir, "migrations", name), "utf8");
    const statements = splitStatements(text);
    const record = { name, checksum: createHash("sha256").update(text).digest("hex"), applied_at: new Date().toISOString() };
    try {
      if (conn.dialect === "mysql") {
        for (const st of statements) await sql.raw(st).execute(k);
        await k.insertInto("kitwork_migrations").values(record).execute();
      } else {
        await k.transaction().execute(async (trx) => {
          for (const st of statements) await sql.raw(st).execute(trx);
          await trx.insertInto("kitwork_migrations").values(record).execute();
        });
      }
    } catch (e) {
      throw new MigrationError(`migration migrations/${name} failed on ${conn.name}: ${redact((e as Error).message)}`);
    }
    applied.push(name);
  }
  return applied;
}
