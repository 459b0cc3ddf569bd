// What a dashboard handler is given (Req) and answers (Reply), kept apart from the
// routes so the pages can use them without importing the router.

import type { Html } from "./html.js";
import type { View } from "./pages/layout.js";
import type { Session } from "./session.js";

/** What a handler answers: a page, or a redirect. */
export interface Reply {
  status: number;
  body?: Html | string;
  type?: string;
  headers?: Record<string, string>;
}

/** One request, as the pages see it. */
export interface Req {
  method: string;
  /** Path segments after /_kitwork/ui/, percent-decoded. */
  parts: string[];
  query: URLSearchParams;
  form: Record<string, string>;
  session: Session | null;
  view: View;
  htmx: boolean;
}

export const see = (to: string): Reply => ({ status: 303, headers: { location: to } });

/** Says what an action did on the next page (once), and goes there. */
export function done(r: Req, to: string, text: string, ok = true): Reply {
  if (r.session) r.session.flash = { text, ok };
  return see(to);
}
