import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboundMails } from '../../db/schema/index.js';
import { createTestDatabase } from '../../test-support/database.js';
import { createTenant } from '../../test-support/tenants.js';
import { inTenant, type Database } from '../db/index.js';
import { MailCapture, MailSender, enqueueMail, renderMail } from './index.js';

let database: Database;
let drop: () => Promise<void>;
let tenantId: string;
let now = new Date('2026-11-23T09:00:00Z');
const capture = new MailCapture();
let port: number;
const quiet = { warn: () => undefined, error: () => undefined };
const sender = (smtpPort: number) =>
  new MailSender({ database, smtpUrl: `smtp://127.0.0.1:${smtpPort}`, from: 'Samenplan <noreply@samenplan.example>', clock: () => now, log: quiet });
const queue = (to: string, firstName = 'Jan') =>
  inTenant(database.owner, tenantId, (tx) => enqueueMail(tx, { tenantId, to, language: 'nl', template: 'new-message', params: { firstName, link: 'http://localhost:3000/berichten' }, now }));

beforeAll(async () => {
  ({ database, drop } = await createTestDatabase());
  tenantId = (await createTenant(database, 'mail')).id;
  port = await capture.listen();
});
afterAll(async () => {
  await capture.close();
  await drop();
});

describe('mail outbox', () => {
  it('never sends a mail whose transaction failed', async () => {
    await expect(
      inTenant(database.owner, tenantId, async (tx) => {
        await enqueueMail(tx, { tenantId, to: 'rolled-back@x.example', language: 'nl', template: 'connection-test', params: { firstName: 'X' }, now });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const s = sender(port);
    await s.runOnce();
    await s.stop();
    expect(capture.mails.find((m) => m.to.includes('rolled-back'))).toBeUndefined();
  });

  it('keeps a mail while SMTP is down and delivers it once the server is back, with nothing lost', async () => {
    const down = new MailCapture();
    const downPort = await down.listen();
    await down.close();
    await queue('later@x.example');
    const failing = sender(downPort);
    expect(await failing.runOnce()).toBe(0);
    await failing.stop();
    const [row] = await inTenant(database.owner, tenantId, (tx) => tx.select().from(outboundMails).where(eq(outboundMails.recipient, 'later@x.example')));
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());

    const back = new MailCapture();
    await back.listen(downPort);
    const retry = sender(downPort);
    expect(await retry.runOnce()).toBe(0); // not due yet
    now = new Date(now.getTime() + 60_000);
    expect(await retry.runOnce()).toBe(1);
    await retry.stop();
    expect((await back.waitFor('later@x.example')).subject).toBe('U heeft een nieuw bericht');
    await back.close();
  });

  it('sends each mail once even with two senders at work, and forgets its parameters after sending', async () => {
    const since = capture.mails.length;
    for (let i = 0; i < 10; i++) await queue(`once-${i}@x.example`);
    const [a, b] = [sender(port), sender(port)];
    const sent = (await Promise.all([a.runOnce(), b.runOnce()])).reduce((x, y) => x + y, 0);
    await Promise.all([a.stop(), b.stop()]);
    expect(sent).toBe(10);
    for (let i = 0; i < 10; i++) await capture.waitFor(`once-${i}@x.example`, since);
    expect(capture.mails.slice(since).filter((m) => m.to.includes('once-'))).toHaveLength(10);
    const rows = await inTenant(database.owner, tenantId, (tx) => tx.select().from(outboundMails).where(eq(outboundMails.status, 'sent')));
    expect(rows.every((r) => r.params === null)).toBe(true);
  });

  it('says only that there is a message, with the first name, and escapes it in HTML', () => {
    const mail = renderMail('new-message', 'en', { firstName: '<b>Jan</b>', link: 'http://localhost:3000/berichten' });
    expect(mail.subject).toBe('You have a new message');
    expect(mail.html).toContain('&lt;b&gt;Jan&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Jan</b>');
    expect(mail.html).toContain('<a href="http://localhost:3000/berichten">');
  });
});
