// The login form, shown when KITWORK_ADMIN_TOKEN protects the dashboard: it posts the
// token once; the session cookie stands for it afterwards.

import { type Html, html } from "../html.js";
import { UI, type View, page } from "./layout.js";

export function loginPage(v: View, next: string, error: string | null): Html {
  return page(
    v,
    "Log in",
    "",
    html`<section class="card login">
<h1>Log in</h1>
<p>This dashboard is protected by the admin token (<code>KITWORK_ADMIN_TOKEN</code>).</p>
${error ? html`<p class="flash bad" role="alert">${error}</p>` : ""}
<form method="post" action="${UI}/login">
<input type="hidden" name="next" value="${next}">
<label>Admin token<input type="password" name="token" autocomplete="current-password" required autofocus></label>
<button type="submit">Log in</button>
</form>
</section>`,
  );
}
