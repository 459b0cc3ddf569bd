// Watching a works folder for changed files.
//
// Not node:fs.watch({ recursive: true }): on Linux, Node 20 implements it by watching each
// file's inode, so a file replaced by a rename (`sed -i`, vim, an editor's atomic save)
// is never seen again — hot reload went on serving the old code and said nothing.
// chokidar watches the directories (a rename into one is an event there) and re-attaches
// to the new file. What counts as a work file is decided here and in listWorkFiles alike.

import path from "node:path";
import type { Stats } from "node:fs";
import { createRequire } from "node:module";
import type Chokidar from "chokidar";
import { isTestFile } from "./works.js";

// chokidar when a folder is first watched (dev, --watch): `kitwork start` never loads it.
const require = createRequire(import.meta.url);
/** chokidar's window for repeated "change" events of one file (FSWatcher._emit). */
const CHANGE_THROTTLE_MS = 50;

export interface FolderWatch {
  /** Resolves once the initial scan is done: changes made after it are seen. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/** Hidden folders and files (editors' swap files), dependencies and migrations are never works. */
function skippedSegment(rel: string): boolean {
  return rel.split("/").some((p) => p.startsWith(".") || p === "node_modules" || p === "migrations");
}

/**
 * Calls `changed(rel)` for every work file (relative, "/"-separated) that is added,
 * changed, replaced or removed under `dir`. The callee decides whether its content
 * really changed.
 */
export function watchFolder(dir: string, changed: (rel: string) => void, onError: (err: Error) => void): FolderWatch {
  const relOf = (p: string) => path.relative(dir, p).split(path.sep).join("/");
  const chokidar = require("chokidar") as typeof Chokidar;
  const watcher = chokidar.watch(dir, {
    ignoreInitial: true,
    ignored: (p: string, stats?: Stats) => {
      const rel = relOf(p);
      if (rel === "" || rel.startsWith("..")) return false;
      if (skippedSegment(rel)) return true;
      // Folders are walked; among files only works (*.js, not the user's *.test.js).
      return stats?.isFile() === true && (!rel.endsWith(".js") || isTestFile(rel));
    },
  });
  // chokidar emits at most one "change" per file within 50 ms and drops the others, with
  // no trailing event: a second save inside that window (an editor's format-on-save, an
  // undo right after a broken edit) would go unseen and the first version keep serving.
  // So every event is followed by one more look once the window has passed; the callee
  // reloads only if the content differs.
  const trailing = new Map<string, NodeJS.Timeout>();
  const workFile = (p: string): string | null => {
    const rel = relOf(p);
    return rel.endsWith(".js") && !isTestFile(rel) && !skippedSegment(rel) ? rel : null;
  };
  const onFile = (p: string) => {
    const rel = workFile(p);
    if (rel === null) return;
    changed(rel);
    clearTimeout(trailing.get(rel));
    const t = setTimeout(() => {
      trailing.delete(rel);
      changed(rel);
    }, CHANGE_THROTTLE_MS + 25);
    t.unref();
    trailing.set(rel, t);
  };
  // A removal needs no second look: chokidar does not throttle it, and a file added again is an "add".
  const onRemoved = (p: string) => {
    const rel = workFile(p);
    if (rel !== null) changed(rel);
  };
  watcher.on("add", onFile).on("change", onFile).on("unlink", onRemoved);
  watcher.on("error", (e) => onError(e instanceof Error ? e : new Error(String(e))));
  const ready = new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  const close = () => {
    for (const t of trailing.values()) clearTimeout(t);
    trailing.clear();
    return watcher.close();
  };
  return { ready, close };
}
