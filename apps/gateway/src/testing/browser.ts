/** A minimal cookie jar: one origin, paths ignored, expired cookies dropped. */
export class CookieJar {
  readonly #cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((p) => p.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const expired = attributes.some((a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) < Date.now()));
      if (expired) this.#cookies.delete(name);
      else this.#cookies.set(name, pair.slice(eq + 1));
    }
  }

  header(): string {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]?.replace(/&amp;/g, '&');

/** Hidden and named inputs of the first form on a page, with the values a person would type. */
function formFields(html: string, typed: Record<string, string>): URLSearchParams {
  const fields = new URLSearchParams();
  for (const input of html.matchAll(/<input[^>]*>/g)) {
    const name = attr(input[0], /name="([^"]+)"/);
    if (!name) continue;
    fields.set(name, typed[name] ?? attr(input[0], /value="([^"]*)"/) ?? '');
  }
  return fields;
}

/**
 * Sign in and consent at a real authorization server like a browser would:
 * follow its redirects with its cookies, fill and submit each form (login,
 * then consent) or abort at consent, and stop at the first redirect that
 * leaves the server. Returns that URL (the client's callback).
 */
export async function authorizeInBrowser(
  authorizeUrl: string,
  options: { decision?: 'allow' | 'deny'; login?: string } = {},
): Promise<string> {
  const origin = new URL(authorizeUrl).origin;
  const jar = new CookieJar();
  let next: { url: string; form?: URLSearchParams } = { url: authorizeUrl };
  for (let step = 0; step < 12; step++) {
    const post = next.form ? { method: 'POST', body: next.form } : {};
    const headers: Record<string, string> = { cookie: jar.header() };
    if (next.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(next.url, { ...post, redirect: 'manual', headers });
    jar.store(response);
    const location = response.headers.get('location');
    if (location) {
      const target = new URL(location, next.url);
      if (target.origin !== origin) return target.toString();
      next = { url: target.toString() };
      continue;
    }
    const html = await response.text();
    if (response.status !== 200) throw new Error(`The authorization server answered ${response.status}: ${html.slice(0, 300)}`);
    const action = attr(html, /<form[^>]*action="([^"]+)"/);
    if (!action) throw new Error(`No form on the authorization server's page: ${html.slice(0, 300)}`);
    const fields = formFields(html, { login: options.login ?? 'ada', password: 'any-password' });
    const abort = attr(html, /href="([^"]*\/abort)"/);
    if (fields.get('prompt') === 'consent' && options.decision === 'deny' && abort) {
      next = { url: new URL(abort, next.url).toString() };
      continue;
    }
    next = { url: new URL(action, next.url).toString(), form: fields };
  }
  throw new Error('The authorization server did not redirect back within 12 steps');
}

/**
 * Answer a vendor simulator's consent screen (libs/sandbox's OAuth kit) as
 * a browser would: GET the page, submit its form with Allow or Deny to the
 * action resolved against the page's URL. Returns where the vendor redirects.
 */
export async function consentInSimulator(authorizeUrl: string, decision: 'allow' | 'deny' = 'allow'): Promise<string> {
  const page = await fetch(authorizeUrl, { redirect: 'manual' });
  const html = await page.text();
  if (page.status !== 200) throw new Error(`The consent screen answered ${page.status}: ${html.slice(0, 200)}`);
  const action = attr(html, /<form[^>]*action="([^"]+)"/) ?? '';
  const request = attr(html, /name="request" value="([^"]+)"/) ?? '';
  const answer = await fetch(new URL(action, authorizeUrl), {
    method: 'POST',
    body: new URLSearchParams({ request, decision }),
    redirect: 'manual',
  });
  const location = answer.headers.get('location');
  if (!location) throw new Error(`The consent form answered ${answer.status} without a redirect: ${(await answer.text()).slice(0, 200)}`);
  return location;
}
