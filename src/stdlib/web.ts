// The web platform's globals that backend scripts reach for (the WinterTC minimum common
// API's share that fits a work; docs/web-globals.md says what is in, what is out and why):
// URL and URLSearchParams (web-url.ts), TextEncoder/TextDecoder, atob/btoa and the URI
// functions (web-encoding.ts), DOMException and structuredClone (web-clone.ts).

import type { Realm } from "../vm/realm.js";
import { installClone } from "./web-clone.js";
import { installEncoding } from "./web-encoding.js";
import { installURL } from "./web-url.js";

export { WEB_SOURCE, webIntrinsics } from "./web-url.js";

/** Installs the web globals; `webScript` holds the functions of WEB_SOURCE by builtin path. */
export function installWeb(realm: Realm, webScript: Record<string, unknown>): void {
  installClone(realm);
  installURL(realm, webScript);
  installEncoding(realm);
}
