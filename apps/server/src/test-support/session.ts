import type { TestApp } from './app.js';

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  headers: { cookie: string; 'x-csrf-token': string };
}

export function cookieOf(response: { cookies: { name: string; value: string }[] }): string {
  const cookie = response.cookies[0];
  if (!cookie) throw new Error('no cookie set');
  return `${cookie.name}=${cookie.value}`;
}

/** Reads the newest sign-in code mailed to `email` from the real SMTP capture. */
export async function mailedCode(t: TestApp, email: string, since: number): Promise<string> {
  await t.deliverMail();
  const mail = await t.mail.waitFor(email, since);
  const code = mail.text.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code in mail to ${email}`);
  return code;
}

/** Password, then the e-mailed code, through the real endpoints; returns what a browser would then send. */
export async function signIn(t: TestApp, email: string, password: string, organisation: string): Promise<SignedIn> {
  await t.deliverMail(); // mails of earlier steps first, so the next mail to this address is this sign-in's code
  const since = t.mail.mails.length;
  const first = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password, organisation } });
  if (first.statusCode !== 200) throw new Error(`sign-in failed: ${first.statusCode} ${first.body}`);
  const pending = cookieOf(first);
  const code = await mailedCode(t, email, since);
  const second = await t.app.inject({
    method: 'POST',
    url: '/api/auth/email-code',
    headers: { cookie: pending, 'x-csrf-token': first.json().csrfToken },
    payload: { code },
  });
  if (second.statusCode !== 200) throw new Error(`code refused: ${second.statusCode} ${second.body}`);
  const cookie = cookieOf(second);
  const csrfToken = second.json().csrfToken as string;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}
