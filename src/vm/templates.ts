// Tagged templates' template objects (`tag\`a${x}b\`` calls tag(strings, x)).
//
// `strings` is a frozen array of the cooked strings (undefined where an escape is
// invalid) with a frozen `raw` array of the source text as a non-enumerable property, as
// JavaScript's GetTemplateObject makes it. JavaScript keeps one per call site and realm;
// here a run is the realm, so the cache lives in the run (Interpreter.templates, cleared
// by reset()): a site evaluated again in the same run — in a loop, or by another closure
// of the same function — gets the identical object, while two sites with the same text
// get two. The cache is plain data keyed by program and site and is carried by
// snapshots (vm/snapshot.ts), so identity survives a suspension and a resume, in this
// process or another.

import type { Program, TemplateConst } from "../bytecode/program.js";
import type { Realm } from "./realm.js";
import { freeze } from "./descriptors.js";
import type { Host } from "./semantics.js";
import { KArray, OBJECT_BYTES } from "./values.js";

/** A run's template objects: by program, then by call site (TemplateConst's `site`). */
export type TemplateCache = Map<Program, Map<number, KArray>>;

/** The template object of a call site in this run, made (and charged) on its first evaluation. */
export function templateObject(h: Host, cache: TemplateCache, program: Program, c: TemplateConst): KArray {
  let sites = cache.get(program);
  if (sites === undefined) cache.set(program, (sites = new Map()));
  const t = c.template;
  let strings = sites.get(t.site);
  if (strings === undefined) {
    h.chargeHeap(2 * OBJECT_BYTES + 16 * t.raw.length);
    strings = makeTemplateObject(h, h.realm, t.cooked, t.raw);
    sites.set(t.site, strings);
  }
  return strings;
}

function makeTemplateObject(h: Host, realm: Realm, cooked: readonly (string | null)[], raw: readonly string[]): KArray {
  const rawArray = new KArray(realm.ArrayProto, raw.slice());
  freeze(h, rawArray);
  const strings = new KArray(realm.ArrayProto, cooked.map((s) => (s === null ? undefined : s)));
  strings.props.raw = rawArray;
  strings.hidden = new Set(["raw"]);
  freeze(h, strings);
  return strings;
}
