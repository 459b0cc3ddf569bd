// %GeneratorPrototype%: next, return and throw push the generator's frame back on the
// interpreter's frame stack (vm/generators.ts) and return TAIL, so the body runs in the
// run loop like any call; a generator is its own iterator.

import { TAIL } from "../vm/interpreter.js";
import type { Realm } from "../vm/realm.js";
import type { KObject } from "../vm/values.js";
import { describe, typeError } from "../vm/semantics.js";
import { KGenerator, RESUME_NEXT, RESUME_RETURN, RESUME_THROW, resumeGenerator } from "../vm/generators.js";
import { KAsyncGen, agRequest, newPromise, rejectPromise } from "../vm/promises.js";
import { SYM_ASYNC_ITERATOR, SYM_ITERATOR, SYM_TO_STRING_TAG } from "../vm/symbols.js";
import { type Native, type Row, type VM, defineMethods } from "./define.js";

function resume(name: string, mode: number): Native {
  return (vm, t, a) => {
    if (!(t instanceof KGenerator)) typeError(`${name} method called on incompatible receiver ${describe(t)}`);
    const r = resumeGenerator(vm, t, a[0], mode);
    return r === true ? TAIL : r;
  };
}

/** An async generator's next / return / throw: the request's promise (vm/promises.ts, "Async generators"). */
function asyncResume(name: string, mode: number): Native {
  return (vm, t, a) => {
    if (!(t instanceof KAsyncGen)) {
      const p = newPromise(vm);
      rejectPromise(vm, p, vm.makeError("TypeError", `${name} method called on incompatible receiver ${describe(t)}`));
      return p;
    }
    const r = agRequest(vm, t, a[0], mode);
    return r === true ? TAIL : r;
  };
}

const asyncProto: Row[] = [
  ["next", asyncResume("AsyncGenerator.prototype.next", RESUME_NEXT), 1],
  ["return", asyncResume("AsyncGenerator.prototype.return", RESUME_RETURN), 1],
  ["throw", asyncResume("AsyncGenerator.prototype.throw", RESUME_THROW), 1],
];

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
  installFunctionProto(realm, "GeneratorFunction", realm.GeneratorFunctionProto, p);
}

/**
 * %GeneratorFunction.prototype% (or the async one), the prototype of every such function,
 * wired to the prototype of what they make. Its constructor, like Function, exists but
 * cannot make code from strings (and is no global).
 */
function installFunctionProto(realm: Realm, name: string, fp: KObject, made: KObject): void {
  const ctor = realm.native(name, name, ((vm: VM) => vm.throwError("EvalError", `${name}() is not supported: scripts cannot compile code at run time`)) as never, 1, true);
  realm.define(ctor, "prototype", fp);
  realm.define(fp, "constructor", ctor);
  realm.define(fp, "prototype", made);
  realm.define(fp, SYM_TO_STRING_TAG, name);
  realm.define(made, "constructor", fp);
}

/** %AsyncIteratorPrototype%, %AsyncGeneratorPrototype% and %AsyncGeneratorFunction.prototype%. */
export function installAsyncGenerator(realm: Realm): void {
  realm.define(realm.AsyncIteratorProto, SYM_ASYNC_ITERATOR, realm.native("AsyncIterator.prototype[Symbol.asyncIterator]", "[Symbol.asyncIterator]", ((_vm: unknown, t: unknown) => t) as never, 0));
  const p = realm.AsyncGeneratorProto;
  defineMethods(realm, p, "AsyncGenerator.prototype", asyncProto);
  realm.define(p, SYM_TO_STRING_TAG, "AsyncGenerator");
  installFunctionProto(realm, "AsyncGeneratorFunction", realm.AsyncGeneratorFunctionProto, p);
}
