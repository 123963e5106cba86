import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/demo-tenant.js';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import { signIn, type SignedIn } from '../../test-support/session.js';

let t: TestApp;
let demo: DemoTenant;
let offsetMs = 0;
const clock = () => new Date(Date.now() + offsetMs);
let jan: SignedIn;

const oldEmail = 'jan.deboer@demoland.example';
const newEmail = 'jan.boer@thuis.example';

beforeAll(async () => {
  t = await createTestApp({}, clock);
  demo = await seedDemo(t);
  jan = await demo.signIn('jan');
});
afterAll(() => t.close());

async function profile(headers = jan.headers) {
  const response = await t.app.inject({ method: 'GET', url: `/api/residents/${demo.people.get('jan')}/profile`, headers });
  expect(response.statusCode).toBe(200);
  return response.json();
}

async function askForEmail(email: string, headers = jan.headers) {
  const current = await profile(headers);
  await t.deliverMail();
  const since = t.mail.mails.length;
  const response = await t.app.inject({
    method: 'PUT',
    url: `/api/residents/${demo.people.get('jan')}/contact-details`,
    headers,
    payload: { version: current.version, phone: current.phone, mobilePhone: current.mobilePhone, email, consents: current.consents },
  });
  return { response, since };
}

/** The token from the confirmation mail to `email`, read from the real SMTP capture. */
async function linkTo(email: string, since: number) {
  await t.deliverMail();
  const mail = await t.mail.waitFor(email, since);
  const link = /https?:\/\/\S+\/profiel\/email-bevestigen\?organisatie=([\w-]+)&token=([\w-]+)/.exec(mail.text);
  expect(link, mail.text).not.toBeNull();
  return { organisation: link![1]!, token: link![2]! };
}

const confirm = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/email-change/confirm', payload });
const login = (email: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: demoPassword, organisation: demo.slug } });

async function loginEmail() {
  const [row] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
    queryRows<{ email: string }>(tx, sql`select email from account where person_id = ${demo.people.get('jan')}::uuid`),
  );
  return row!.email;
}

describe('refused e-mail changes', () => {
  it('an address another account signs in with is refused at once, and nothing is asked', async () => {
    const { response } = await askForEmail('RIA.deboer@demoland.example');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'email', code: 'taken' })]);
    expect((await profile()).pendingEmail).toBeNull();
  });

  it('a made-up token, a token of another organisation and a missing organisation are invalid', async () => {
    for (const payload of [
      { organisation: demo.slug, token: 'x'.repeat(43) },
      { organisation: 'nergens', token: 'x'.repeat(43) },
    ]) {
      const response = await confirm(payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'token', code: 'invalid' })]);
    }
    expect((await confirm({ token: 'x'.repeat(43) })).statusCode).toBe(400);
  });

  it('a link is expired after 24 hours and changes nothing', async () => {
    const { response, since } = await askForEmail('jan.later@thuis.example');
    expect(response.statusCode).toBe(200);
    const link = await linkTo('jan.later@thuis.example', since);
    offsetMs = 24 * 60 * 60 * 1000 + 1000;
    try {
      const late = await confirm(link);
      expect(late.statusCode).toBe(400);
      expect(late.json().errors).toEqual([expect.objectContaining({ field: 'token', code: 'expired' })]);
    } finally {
      offsetMs = 0;
    }
    expect(await loginEmail()).toBe(oldEmail);
  });

  it('a newer request replaces the earlier link', async () => {
    const first = await askForEmail('jan.eerst@thuis.example');
    const firstLink = await linkTo('jan.eerst@thuis.example', first.since);
    const second = await askForEmail('jan.daarna@thuis.example');
    expect(second.response.json().pendingEmail).toBe('jan.daarna@thuis.example');
    const replaced = await confirm(firstLink);
    expect(replaced.statusCode).toBe(400);
    expect(replaced.json().errors).toEqual([expect.objectContaining({ field: 'token', code: 'expired' })]);
    expect(await loginEmail()).toBe(oldEmail);
  });
});

describe('Jan changes his e-mail address', () => {
  it('asks for it: a link goes to the new address, a notice to the old one; nothing changes yet and the old address still signs in', async () => {
    const { response, since } = await askForEmail(newEmail);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ email: oldEmail, pendingEmail: newEmail, emailChange: 'confirmationSent' });
    await t.deliverMail();
    const notice = await t.mail.waitFor(oldEmail, since);
    expect(notice.subject).toBe('Uw e-mailadres in Samenplan wordt gewijzigd');
    expect(notice.text).not.toContain(newEmail);
    expect(notice.text).not.toContain('token=');
    const confirmation = await t.mail.waitFor(newEmail, since);
    expect(confirmation.text).toContain('Beste Jan');
    // A professional sees the address in use, not the one still waiting for confirmation.
    const sanne = await demo.signIn('sanne');
    expect(await profile(sanne.headers)).toMatchObject({ email: oldEmail, pendingEmail: null });
    expect((await login(oldEmail)).statusCode).toBe(200);
    expect((await login(newEmail)).statusCode).toBe(401);
    const rows = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ token_hash: string }>(tx, sql`select token_hash from email_change where new_email = ${newEmail}`),
    );
    const link = await linkTo(newEmail, since);
    expect(rows[0]!.token_hash).not.toContain(link.token);
  });

  it('follows the link once, without being signed in: the new address is the e-mail and the login name; a second use is refused', async () => {
    const since = 0;
    const link = await linkTo(newEmail, since);
    const first = await confirm(link);
    expect(first.statusCode).toBe(200);
    expect(await loginEmail()).toBe(newEmail);
    expect(await profile()).toMatchObject({ email: newEmail, pendingEmail: null });
    const again = await confirm(link);
    expect(again.statusCode).toBe(400);
    expect(again.json().errors).toEqual([expect.objectContaining({ field: 'token', code: 'expired' })]);
    const audit = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ object_type: string; field: string | null; details: unknown }>(
        tx,
        sql`select object_type, field, details from audit_event where object_type in ('account', 'profile', 'emailChange') and action = 'update' and field = 'email'`,
      ),
    );
    expect(audit.map((row) => row.object_type).sort()).toEqual(['account', 'profile']);
    expect(JSON.stringify(audit)).not.toContain(newEmail);
  });

  it('signs in with the new address; the old one no longer works', async () => {
    expect((await login(oldEmail)).statusCode).toBe(401);
    const signed = await signIn(t, newEmail, demoPassword, demo.slug);
    expect((await profile(signed.headers)).email).toBe(newEmail);
  });
});
