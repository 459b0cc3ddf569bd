// What code generation refuses, and the property-key helper both code generators use
// (codegen.ts and classes.ts, which must not import each other).

import type * as acorn from "acorn";

export class Unsupported extends Error {
  constructor(
    readonly node: acorn.AnyNode,
    reason: string,
  ) {
    super(reason);
  }
}

export function propertyKeyName(key: acorn.Expression | acorn.PrivateIdentifier): string {
  if (key.type === "Identifier") return key.name;
  if (key.type === "Literal") return String(key.value);
  if (key.type === "PrivateIdentifier") throw new Unsupported(key, "private names are not supported");
  throw new Unsupported(key, "unsupported property key");
}
