import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../test-support/api.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';

let t: TestApp;
let demo: DemoTenant;

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
});
afterAll(() => t.close());

describe('relatives at level informed', () => {
  it('a refused visit sends nobody a notice; a planned one notifies the informed relative (no login) with no care details, and nobody else', async () => {
    const kees = apiAs(t, await demo.signIn('kees'));
    await t.deliverMail();
    const since = t.mail.mails.length;
    const url = `/api/dossiers/${demo.dossiers.get('jan-support')}/visits`;
    const bad = await kees.post(url, { kind: 'householdHelp', professionalFirstName: 'Kees', startsAt: '2030-03-04T10:00:00Z', endsAt: '2030-03-04T09:00:00Z' });
    expect(bad.statusCode).toBe(400);
    expect(await t.deliverMail()).toBe(0);
    const ok = await kees.post(url, { kind: 'householdHelp', professionalFirstName: 'Kees', startsAt: '2030-03-04T09:00:00Z', endsAt: '2030-03-04T10:00:00Z' });
    expect(ok.statusCode).toBe(201);
    await t.deliverMail();
    const mail = await t.mail.waitFor('henk.deboer@demoland.example', since);
    expect(mail.text).toContain('Beste Henk');
    expect(mail.text).not.toMatch(/Jan|Kees|huishoud|10:00|09:00|2030/i);
    const recipients = t.mail.mails.slice(since).map((m) => m.to);
    expect(recipients).toEqual(['henk.deboer@demoland.example']);
  });

  it('Henk’s notice is in his own language (English, set by the coach), while the provider works in Dutch', async () => {
    const sanne = apiAs(t, await demo.signIn('sanne'));
    const dossierUrl = `/api/dossiers/${demo.dossiers.get('jan-support')}`;
    const henk = (await sanne.get(dossierUrl)).json().relatives.find((r: { firstName: string }) => r.firstName === 'Henk');
    const changed = await sanne.put(`${dossierUrl}/relatives/${henk.personId}`, { version: henk.version, relation: henk.relation, level: 'informed', actsOnBehalf: false, language: 'en' });
    expect(changed.statusCode).toBe(200);
    const kees = apiAs(t, await demo.signIn('kees'));
    await t.deliverMail();
    const since = t.mail.mails.length;
    const ok = await kees.post(`${dossierUrl}/visits`, { kind: 'householdHelp', professionalFirstName: 'Kees', startsAt: '2030-03-05T09:00:00Z', endsAt: '2030-03-05T10:00:00Z' });
    expect(ok.statusCode).toBe(201);
    await t.deliverMail();
    const mail = await t.mail.waitFor('henk.deboer@demoland.example', since);
    expect(mail.subject).toBe('A new appointment has been planned');
    expect(mail.text).toContain('Dear Henk');
    expect(mail.text).not.toMatch(/Jan|Kees|household|10:00|09:00|2030/i);
  });
});
