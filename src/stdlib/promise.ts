// Promise and AggregateError. The machinery (states, reactions, the microtask queue,
// async functions) is in vm/promises.ts; here are the builtins. What calls back into
// scripts — the executor, reaction handlers, a thenable's then(), finally and the
// combinators — is written in the script language (PROMISE_SOURCE), so it runs on the
// VM's frames and a run can suspend and be snapshotted inside any of them.

import type { Realm } from "../vm/realm.js";
import { getProp, spreadToArray, toStr, typeError, userIteratorMethod } from "../vm/semantics.js";
import {
  KPromise, newPromise, performThen, promiseOf, rejectPromise, resolvePromise, resolvingFunctions,
} from "../vm/promises.js";
import { SYM_TO_STRING_TAG } from "../vm/symbols.js";
import { KArray, KClosure, KFunction, KObject } from "../vm/values.js";
import { adoptNewTarget, isConstructorValue } from "../vm/classes.js";
import { type Row, type VM, defineConstructor, defineMethods, defineValues } from "./define.js";

export const PROMISE_SOURCE = String.raw`
return function (I) {
  // NewPromiseCapability(C): Promise's own, or what a constructor C's executor is given.
  function capability(C) {
    if (C === I.Promise) return I.withResolvers();
    if (!I.isConstructor(C)) throw new TypeError(I.describe(C) + " is not a constructor");
    let resolve, reject;
    const promise = new C((res, rej) => {
      if (resolve !== undefined || reject !== undefined) throw new TypeError("Promise executor has already been invoked with non-undefined arguments");
      resolve = res;
      reject = rej;
    });
    if (typeof resolve !== "function") throw new TypeError("Promise resolve or reject function is not callable");
    if (typeof reject !== "function") throw new TypeError("Promise resolve or reject function is not callable");
    return { promise, resolve, reject };
  }
  // C.resolve, read once before the iteration (a combinator's resolve function).
  function resolverOf(C) {
    const r = C.resolve;
    if (typeof r !== "function") throw new TypeError("Promise resolve or reject function is not callable");
    return r;
  }
  // The shape Promise.all, allSettled and any share: each element through C.resolve,
  // subscribe(p, c, record) decides which outcome is recorded at the element's index
  // (once), and done(c, list) runs when every element has been recorded.
  function gather(C, iterable, subscribe, done) {
    const c = capability(C);
    try {
      const resolve = resolverOf(C);
      const all = { list: [], remaining: 1 };
      let index = 0;
      for (const v of iterable) {
        all.list.push(undefined);
        all.remaining = all.remaining + 1;
        subscribe(I.call(resolve, C, v), c, element(all, index, c, done));
        index = index + 1;
      }
      all.remaining = all.remaining - 1;
      if (all.remaining === 0) done(c, all.list);
    } catch (e) { c.reject(e); }
    return c.promise;
  }
  // One element's function, anonymous as JS's are: records its outcome once.
  function element(all, i, c, done) {
    let called = false;
    return (x) => {
      if (called) return;
      called = true;
      all.list[i] = x;
      all.remaining = all.remaining - 1;
      if (all.remaining === 0) done(c, all.list);
    };
  }
  return {
    "%promise.init": function init(p, executor, resolve, reject) {
      try { executor(resolve, reject); } catch (e) { reject(e); }
      return p;
    },
    "%promise.reaction": function reaction(handler, arg, derived) {
      let v;
      try { v = handler(arg); } catch (e) {
        if (derived !== undefined) I.reject(derived, e);
        return;
      }
      if (derived !== undefined) I.resolve(derived, v);
    },
    "%promise.thenable": function thenable(p, obj, then) {
      const fns = I.resolvingFunctions(p);
      try { I.call(then, obj, fns[0], fns[1]); } catch (e) { fns[1](e); }
    },
    // CreateAsyncFromSyncIterator (for await and yield* over a sync iterable): each
    // result's value is awaited; what the sync iterator throws rejects.
    "%asyncFromSync": function asyncFromSync(obj) {
      const method = obj[Symbol.iterator];
      if (typeof method !== "function") throw new TypeError(I.describe(obj) + " is not async iterable");
      const it = I.call(method, obj);
      if (it === null || (typeof it !== "object" && typeof it !== "function")) throw new TypeError("Result of the Symbol.iterator method is not an object");
      // What the run makes here names only public builtins (Promise, Function.prototype.call):
      // a snapshot holding the iterator writes them by name (I is private to the builtins).
      const next = it.next;
      function continuation(r) {
        if (r === null || (typeof r !== "object" && typeof r !== "function")) throw new TypeError("Iterator result " + String(r) + " is not an object");
        const done = !!r.done;
        return Promise.resolve(r.value).then((v) => ({ value: v, done: done }));
      }
      return {
        next(v) {
          try { return continuation(next.call(it, v)); } catch (e) { return Promise.reject(e); }
        },
        return(v) {
          try {
            const f = it.return;
            if (f === undefined || f === null) return Promise.resolve({ value: v, done: true });
            return continuation(f.call(it, v));
          } catch (e) { return Promise.reject(e); }
        },
        throw(v) {
          try {
            const f = it.throw;
            if (f === undefined || f === null) return Promise.reject(v);
            return continuation(f.call(it, v));
          } catch (e) { return Promise.reject(e); }
        },
      };
    },
    // A method, to be named "finally" (a reserved word cannot name a function declaration).
    "Promise.prototype.finally": { finally(onFinally) {
      if (typeof onFinally !== "function") return this.then(onFinally, onFinally);
      return this.then(
        (value) => I.promiseResolve(onFinally()).then(() => value),
        (reason) => I.promiseResolve(onFinally()).then(() => { throw reason; }));
    } }.finally,
    "%promise.resolveWith": function resolve(C, v) {
      if (v !== null && typeof v === "object" && I.isPromise(v) && v.constructor === C) return v;
      const c = capability(C);
      c.resolve(v);
      return c.promise;
    },
    "%promise.rejectWith": function reject(C, r) {
      const c = capability(C);
      c.reject(r);
      return c.promise;
    },
    // new AggregateError(iterable) over a script's iterable: its next() runs on the VM's frames.
    "%aggregateFill": function aggregateFill(e, src, method) {
      const errors = [];
      for (const v of I.iterOf(I.call(method, src))) errors.push(v);
      return I.setErrors(e, errors);
    },
    "Promise.all": function all(iterable) {
      return gather(this, iterable, (p, c, record) => p.then(record, c.reject), (c, values) => c.resolve(values));
    },
    "Promise.allSettled": function allSettled(iterable) {
      return gather(this, iterable, (p, c, record) => p.then((x) => record({ status: "fulfilled", value: x }), (e) => record({ status: "rejected", reason: e })), (c, values) => c.resolve(values));
    },
    "Promise.race": function race(iterable) {
      const C = this;
      const c = capability(C);
      try {
        const resolve = resolverOf(C);
        for (const v of iterable) I.call(resolve, C, v).then(c.resolve, c.reject);
      } catch (e) { c.reject(e); }
      return c.promise;
    },
    "Promise.any": function any(iterable) {
      return gather(this, iterable, (p, c, record) => p.then(c.resolve, record), (c, errors) => c.reject(I.aggregate(errors)));
    },
  };
};
`;

function thisPromise(t: unknown, method: string): KPromise {
  if (t instanceof KPromise) return t;
  return typeError(`Method Promise.prototype.${method} called on incompatible receiver ${t instanceof KObject ? "#<Object>" : String(t)}`);
}

function withResolvers(vm: VM): KObject {
  const p = newPromise(vm);
  const [resolve, reject] = resolvingFunctions(vm, p);
  const o = new KObject(vm.realm.ObjectProto);
  o.props.promise = p;
  o.props.resolve = resolve;
  o.props.reject = reject;
  return o;
}

/** The AggregateError of Promise.any (and `new AggregateError(errors, message)`). */
function aggregateError(vm: VM, errors: unknown[], message: unknown): KObject {
  const e = vm.makeError("AggregateError", message === undefined ? "" : toStr(vm, message));
  if (message === undefined) delete e.props.message;
  vm.allocArray(errors.length);
  e.props.errors = new KArray(vm.realm.ArrayProto, errors.slice());
  e.hidden!.add("errors");
  return e;
}

export function installPromise(realm: Realm, runBuiltinScript: (realm: Realm, source: string, path: string, rows: Row[]) => Record<string, unknown>): void {
  // AggregateError, an Error subclass with an `errors` array.
  const aggProto = new KObject(realm.ErrorProto);
  realm.register("AggregateError.prototype", aggProto);
  defineValues(realm, aggProto, { name: "AggregateError", message: "" });
  realm.errorProtos.set("AggregateError", aggProto);
  const aggCtor: KObject = defineConstructor(realm, "AggregateError", (vm, _t, a, nt) => {
    const method = userIteratorMethod(vm, a[0]);
    if (method === undefined) return aggregateError(vm, spreadToArray(vm, a[0]), a[1]);
    // A script's iterable: the error is made first (its message converted before the
    // iteration, as in JavaScript), then the script's %aggregateFill lists the errors
    // on the VM's frames. A subclass's prototype is given here: the tail call's result
    // is not seen by the constructor's caller.
    const e = aggregateError(vm, [], a[1]);
    if (nt !== undefined && nt !== aggCtor) adoptNewTarget(vm, e, nt);
    return vm.tailCall(script["%aggregateFill"], undefined, [e, a[0], method]);
  }, 2, aggProto);

  const proto = new KObject(realm.ObjectProto);
  realm.register("Promise.prototype", proto);
  realm.define(proto, SYM_TO_STRING_TAG, "Promise");
  realm.native("Promise:resolveFunction", "", (vm, _t, a) => {
    const flag = a[1] as KObject;
    if (flag.props.done !== true) {
      flag.props.done = true;
      resolvePromise(vm as VM, a[0] as KPromise, a[2]);
    }
    return undefined;
  }, 1);
  realm.native("Promise:rejectFunction", "", (vm, _t, a) => {
    const flag = a[1] as KObject;
    if (flag.props.done !== true) {
      flag.props.done = true;
      rejectPromise(vm as VM, a[0] as KPromise, a[2]);
    }
    return undefined;
  }, 1);

  const script = runBuiltinScript(realm, PROMISE_SOURCE, "%promise", [
    ["withResolvers", (vm) => withResolvers(vm), 0],
    ["resolvingFunctions", (vm, _t, a) => {
      const fns = resolvingFunctions(vm, a[0] as KPromise);
      vm.allocArray(2);
      return new KArray(vm.realm.ArrayProto, fns);
    }, 1],
    ["resolve", (vm, _t, a) => resolvePromise(vm, a[0] as KPromise, a[1]), 2],
    ["reject", (vm, _t, a) => rejectPromise(vm, a[0] as KPromise, a[1]), 2],
    ["promiseResolve", (vm, _t, a) => promiseOf(vm, a[0]), 1],
    ["aggregate", (vm, _t, a) => aggregateError(vm, (a[0] as KArray).items, "All promises were rejected"), 1],
    ["setErrors", (vm, _t, a) => {
      const e = a[0] as KObject;
      const errors = (a[1] as KArray).items;
      vm.allocArray(errors.length);
      e.props.errors = new KArray(vm.realm.ArrayProto, errors);
      return e;
    }, 2],
    ["isConstructor", (_vm, _t, a) => isConstructorValue(a[0]), 1],
    ["isPromise", (_vm, _t, a) => a[0] instanceof KPromise, 1],
    ["describe", (_vm, _t, a) => (a[0] instanceof KFunction ? a[0].fnName || "function" : a[0] instanceof KObject ? "#<Object>" : typeof a[0] === "string" ? JSON.stringify(a[0]) : String(a[0])), 1],
  ]);
  const resolveWith = script["%promise.resolveWith"] as KClosure;
  const rejectWith = script["%promise.rejectWith"] as KClosure;
  const init = script["%promise.init"] as KClosure;
  realm.asyncFromSync = script["%asyncFromSync"] as KClosure;

  const ctor = defineConstructor(realm, "Promise", (vm, _t, a, nt) => {
    if (nt === undefined) typeError("Promise constructor cannot be invoked without 'new'");
    const executor = a[0];
    if (!(executor instanceof KFunction)) typeError(`Promise resolver ${executor instanceof KObject ? "#<Object>" : String(executor)} is not a function`);
    // A class extending Promise: the promise has the class's prototype (then() still makes plain promises: no Symbol.species).
    const p = newPromise(vm);
    if (nt !== ctor) adoptNewTarget(vm, p, nt);
    const [resolve, reject] = resolvingFunctions(vm, p);
    return vm.tailCall(init, undefined, [p, executor, resolve, reject]);
  }, 1, proto);
  realm.define(realm.byPath.get("%promise")!, "Promise", ctor);

  defineMethods(realm, proto, "Promise.prototype", [
    ["then", (vm, t, a) => {
      const p = thisPromise(t, "then");
      const derived = newPromise(vm);
      performThen(vm, p, a[0], a[1], derived);
      return derived;
    }, 2],
    ["catch", (vm, t, a) => vm.tailCall(getProp(vm, t, "then"), t, [undefined, a[0]]), 1],
  ]);
  realm.define(proto, "finally", script["Promise.prototype.finally"]);

  defineMethods(realm, ctor, "Promise", [
    // Promise's own capability on the direct path; another constructor as `this` gets its own (in the script).
    ["resolve", (vm, t, a) => {
      if (t === ctor) return promiseOf(vm, a[0]);
      if (!(t instanceof KObject)) typeError("PromiseResolve called on non-object");
      return vm.tailCall(resolveWith, undefined, [t, a[0]]);
    }, 1],
    ["reject", (vm, t, a) => {
      if (t !== ctor) {
        if (!(t instanceof KObject)) typeError("PromiseReject called on non-object");
        return vm.tailCall(rejectWith, undefined, [t, a[0]]);
      }
      const p = newPromise(vm);
      rejectPromise(vm, p, a[0]);
      return p;
    }, 1],
    ["withResolvers", (vm) => withResolvers(vm), 0],
  ]);
  for (const name of ["all", "allSettled", "race", "any"]) realm.define(ctor, name, script[`Promise.${name}`]);
}
