// %GeneratorPrototype%: next, return and throw push the generator's frame back on the
// interpreter's frame stack (vm/generators.ts) and return TAIL, so the body runs in the
// run loop like any call; a generator is its own iterator.

import { TAIL } from "../vm/interpreter.js";
import type { Realm } from "../vm/realm.js";
import { describe, typeError } from "../vm/semantics.js";
import { KGenerator, RESUME_NEXT, RESUME_RETURN, RESUME_THROW, resumeGenerator } from "../vm/generators.js";
import { SYM_ITERATOR, SYM_TO_STRING_TAG } from "../vm/symbols.js";
import { type Native, type Row, type VM, defineMethods } from "./define.js";

function resume(name: string, mode: number): Native {
  return (vm, t, a) => {
    if (!(t instanceof KGenerator)) typeError(`${name} method called on incompatible receiver ${describe(t)}`);
    const r = resumeGenerator(vm, t, a[0], mode);
    return r === true ? TAIL : r;
  };
}

const proto: Row[] = [
  ["next", resume("next", RESUME_NEXT), 1],
  ["return", resume("return", RESUME_RETURN), 1],
  ["throw", resume("throw", RESUME_THROW), 1],
];

export function installGenerator(realm: Realm): void {
  const p = realm.GeneratorProto;
  defineMethods(realm, p, "Generator.prototype", proto);
  realm.define(p, SYM_ITERATOR, realm.native("Generator.prototype[Symbol.iterator]", "[Symbol.iterator]", ((_vm: unknown, t: unknown) => t) as never, 0));
  realm.define(p, SYM_TO_STRING_TAG, "Generator");
  // %GeneratorFunction.prototype%, the prototype of every generator function. Its
  // constructor, like Function, exists but cannot make code from strings (and is no global).
  const fp = realm.GeneratorFunctionProto;
  const ctor = realm.native("GeneratorFunction", "GeneratorFunction", ((vm: VM) => vm.throwError("EvalError", "GeneratorFunction() is not supported: scripts cannot compile code at run time")) as never, 1, true);
  realm.define(ctor, "prototype", fp);
  realm.define(fp, "constructor", ctor);
  realm.define(fp, "prototype", p);
  realm.define(fp, SYM_TO_STRING_TAG, "GeneratorFunction");
  realm.define(p, "constructor", fp);
}
