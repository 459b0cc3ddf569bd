// Guest symbols. A guest symbol is a host symbol the VM made: primitive, immutable and
// usable as a key of the host property tables as it is (Object.keys, for-in and JSON
// skip symbol keys there just as they do in JS).
//
// - The well-known symbols are made here, once per process, and shared by every run
//   (they are immutable values; what they key lives on frozen builtins or on a run's
//   own objects). They are not the host's own Symbol.iterator…: no host protocol ever
//   sees a guest property.
// - Symbol() makes a fresh one per call.
// - Symbol.for(key) keeps a registry per run (SymbolRegistry, held by the interpreter
//   and emptied when it starts a run), so two runs never share a registered symbol.
// Snapshots write well-known symbols by name, registered ones by key and the others by
// identity within the document (vm/snapshot.ts).

/**
 * The first five are honoured (for-of and spread, ToPrimitive, Object.prototype.toString,
 * instanceof; asyncIterator names the protocol); the others exist so that scripts keying
 * with them get a symbol, but no builtin consults them.
 */
const NAMES = [
  "iterator", "asyncIterator", "toPrimitive", "toStringTag", "hasInstance",
  "species", "isConcatSpreadable", "match", "matchAll", "replace", "search", "split", "unscopables",
] as const;
export type WellKnownName = (typeof NAMES)[number];

/** The well-known symbols, by name (`WELL_KNOWN.iterator` is the guest's Symbol.iterator). */
export const WELL_KNOWN: { readonly [K in WellKnownName]: symbol } = Object.freeze(
  Object.fromEntries(NAMES.map((n) => [n, Symbol(`Symbol.${n}`)])) as { [K in WellKnownName]: symbol },
);

const NAME_OF = new Map<symbol, WellKnownName>(NAMES.map((n) => [WELL_KNOWN[n], n]));

export const SYM_ITERATOR = WELL_KNOWN.iterator;
export const SYM_ASYNC_ITERATOR = WELL_KNOWN.asyncIterator;
export const SYM_TO_PRIMITIVE = WELL_KNOWN.toPrimitive;
export const SYM_TO_STRING_TAG = WELL_KNOWN.toStringTag;
export const SYM_HAS_INSTANCE = WELL_KNOWN.hasInstance;

export const WELL_KNOWN_NAMES: readonly WellKnownName[] = NAMES;

/** "iterator" for Symbol.iterator; undefined for any other symbol. */
export function wellKnownName(s: symbol): WellKnownName | undefined {
  return NAME_OF.get(s);
}

export function wellKnownByName(name: string): symbol | undefined {
  return (NAMES as readonly string[]).includes(name) ? WELL_KNOWN[name as WellKnownName] : undefined;
}

/** Symbol.for / Symbol.keyFor of one run. */
export class SymbolRegistry {
  private readonly byKey = new Map<string, symbol>();
  private readonly keyOf = new Map<symbol, string>();

  for(key: string): symbol {
    let s = this.byKey.get(key);
    if (s === undefined) {
      s = Symbol(key);
      this.byKey.set(key, s);
      this.keyOf.set(s, key);
    }
    return s;
  }

  keyFor(s: symbol): string | undefined {
    return this.keyOf.get(s);
  }

  get size(): number {
    return this.byKey.size;
  }
}

/** `Symbol(desc)` as String(sym) and sym.toString() write it. */
export function symbolString(s: symbol): string {
  return `Symbol(${s.description ?? ""})`;
}
