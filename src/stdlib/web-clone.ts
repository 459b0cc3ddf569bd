// DOMException and structuredClone.
//
// structuredClone copies guest data the way the HTML structured clone algorithm does:
// plain objects (any prototype: the copy is a plain object of the own enumerable
// properties, getters read), arrays (with their extra properties), Map, Set, time
// values, Dates, RegExp and errors, keeping shared references shared and cycles
// cyclic. Functions, iterators, host handles, URLs and URLSearchParams cannot be cloned:
// a DataCloneError, as on the web. The walk is iterative (deep data cannot exhaust the
// host stack) and every copy is charged before it is made.

import { formatStack } from "../vm/interpreter.js";
import { GuestThrow } from "../vm/errors.js";
import type { Realm } from "../vm/realm.js";
import { getProp, ownKeys, ownValue, toStr, typeError } from "../vm/semantics.js";
import {
  KArray, KDate, KError, KFunction, KHandle, KIter, KMap, KObject, KRegExp, KSearchParams, KSet, KTime, KURL, OBJECT_BYTES,
} from "../vm/values.js";
import { type VM, arg, defineConstructor, defineFunction } from "./define.js";

/** The legacy numeric codes of the names that have one (DOMException.prototype.code). */
const CODES: Record<string, number> = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

/** A DOMException value: an Error whose name is `name` ("InvalidCharacterError"…), with its code. */
export function makeDOMException(vm: VM, message: string, name: string): KError {
  const e = vm.makeError("DOMException", message);
  vm.realm.define(e, "name", name);
  vm.realm.define(e, "code", CODES[name] ?? 0);
  e.props.stack = formatStack(name, message, e.trace);
  return e;
}

export function throwDOMException(vm: VM, message: string, name: string): never {
  throw new GuestThrow(makeDOMException(vm, message, name));
}

function notCloneable(vm: VM, what: string): never {
  return throwDOMException(vm, `${what} could not be cloned.`, "DataCloneError");
}

/** Error names a clone keeps (the structured clone algorithm's list); any other becomes "Error". */
const CLONED_ERROR_NAMES = new Set(["Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"]);

export function structuredCloneValue(vm: VM, value: unknown): unknown {
  const realm = vm.realm;
  const memo = new Map<KObject, KObject>();
  const todo: Array<[KObject, KObject]> = [];

  /** The copy of `v` without its contents (queued), or `v` itself when it is a primitive. */
  const shell = (v: unknown): unknown => {
    if (!(v instanceof KObject)) return v;
    const seen = memo.get(v);
    if (seen) return seen;
    vm.chargeWork(0, 1);
    let c: KObject;
    if (v instanceof KFunction) return notCloneable(vm, v.fnName ? `function ${v.fnName}` : "function");
    if (v instanceof KArray) {
      vm.allocArray(v.items.length);
      c = new KArray(realm.ArrayProto, new Array(v.items.length));
    } else if (v instanceof KMap) {
      vm.chargeHeap(64 + 32 * v.map.size);
      c = new KMap(realm.MapProto);
    } else if (v instanceof KSet) {
      vm.chargeHeap(64 + 16 * v.set.size);
      c = new KSet(realm.SetProto);
    } else if (v instanceof KTime) {
      vm.chargeHeap(OBJECT_BYTES);
      c = new KTime(realm.TimeProto, v.ms);
    } else if (v instanceof KDate) {
      vm.chargeHeap(OBJECT_BYTES);
      c = new KDate(realm.DateProto, v.t);
    } else if (v instanceof KRegExp) {
      vm.chargeHeap(OBJECT_BYTES + 2 * v.re.source.length);
      c = new KRegExp(realm.RegExpProto, new RegExp(v.re.source, v.re.flags));
    } else if (v instanceof KError) {
      const name = getProp(vm, v, "name");
      const kind = typeof name === "string" && CLONED_ERROR_NAMES.has(name) ? name : "Error";
      vm.chargeHeap(OBJECT_BYTES);
      c = new KError(realm.errorProtos.get(kind) ?? realm.ErrorProto);
      (c as KError).trace = v.trace;
    } else if (v instanceof KIter) return notCloneable(vm, "an iterator");
    else if (v instanceof KHandle) return notCloneable(vm, `a ${v.type} handle`);
    else if (v instanceof KURL) return notCloneable(vm, "URL");
    else if (v instanceof KSearchParams) return notCloneable(vm, "URLSearchParams");
    else if (v.constructor === KObject) {
      vm.chargeHeap(OBJECT_BYTES);
      c = new KObject(realm.ObjectProto);
    } else return notCloneable(vm, "object");
    memo.set(v, c);
    todo.push([v, c]);
    return c;
  };

  const copyProps = (src: KObject, dst: KObject, skipIndices: boolean) => {
    for (const k of ownKeys(src)) {
      if (skipIndices && src instanceof KArray && k in src.items) continue;
      vm.chargeHeap(16 + 2 * k.length);
      dst.props[k] = shell(ownValue(vm, src, k));
    }
  };

  const root = shell(value);
  while (todo.length > 0) {
    const [src, dst] = todo.pop()!;
    if (src instanceof KArray) {
      const items = src.items;
      const out = (dst as KArray).items;
      vm.chargeWork(0, items.length);
      for (let i = 0; i < items.length && i < out.length; i++) out[i] = shell(items[i]);
      copyProps(src, dst, true);
    } else if (src instanceof KMap) {
      vm.chargeWork(0, src.map.size);
      for (const [k, x] of [...src.map]) (dst as KMap).map.set(shell(k), shell(x));
    } else if (src instanceof KSet) {
      vm.chargeWork(0, src.set.size);
      for (const x of [...src.set]) (dst as KSet).set.add(shell(x));
    } else if (src instanceof KError) {
      // Only the message, the stack and the cause travel, as the algorithm says.
      for (const k of ["message", "stack", "cause"]) {
        if (k in src.props) {
          realm.define(dst, k, shell(ownValue(vm, src, k)));
        }
      }
    } else if (!(src instanceof KTime || src instanceof KDate || src instanceof KRegExp)) copyProps(src, dst, false);
  }
  return root;
}

export function installClone(realm: Realm): void {
  const proto = new KObject(realm.ErrorProto);
  realm.register("DOMException.prototype", proto);
  realm.errorProtos.set("DOMException", proto);
  realm.define(proto, "name", "Error");
  realm.define(proto, "message", "");
  realm.define(proto, "code", 0);
  defineConstructor(realm, "DOMException", (vm, _t, a, newTarget) => {
    if (!newTarget) typeError("Class constructor DOMException cannot be invoked without 'new'");
    const message = a[0] === undefined ? "" : toStr(vm, a[0]);
    const name = a[1] === undefined ? "Error" : toStr(vm, a[1]);
    return makeDOMException(vm, message, name);
  }, 0, proto);

  defineFunction(realm, "structuredClone", (vm, _t, a) => {
    if (a.length === 0) typeError('The "value" argument must be specified');
    const opts = arg(a, 1);
    if (opts instanceof KObject) {
      const transfer = getProp(vm, opts, "transfer");
      if (transfer instanceof KArray && transfer.items.length > 0) throwDOMException(vm, "structuredClone: nothing in a work is transferable", "DataCloneError");
    }
    return structuredCloneValue(vm, a[0]);
  }, 1);
}
