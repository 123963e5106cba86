/** A browser's cookie jar for the stand-in broker's host, enough for its sign-in pages. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      this.cookies.set(name!.trim(), value ?? '');
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Follows the stand-in broker's pages as a browser would, typing `login` (a BSN for DigiD, an e-mail or
 * `<kvk>/<e-mail>` for eHerkenning); returns the URL of our callback the broker redirects to.
 */
export async function throughBroker(startLocation: string, login: string): Promise<URL> {
  const jar = new Jar();
  let url = new URL(startLocation);
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.take(response);
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (/^\/api\/auth\/[a-z]+\/callback$/.test(next.pathname)) return next;
      url = next;
      continue;
    }
    const html = await response.text();
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
    if (!action) throw new Error(`no form on ${url.pathname}`);
    const posted = await fetch(new URL(action, url), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'not-checked' }),
    });
    jar.take(posted);
    url = new URL(posted.headers.get('location')!, url);
  }
  throw new Error('too many redirects');
}
