import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import type { SignedIn } from '../../test-support/session.js';
import { readPlanningCsv } from './csv.js';

let t: TestApp;
let demo: DemoTenant;
let other: DemoTenant;
const signed = new Map<string, SignedIn>();

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  other = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
});
afterAll(() => t.close());

async function as(key: string, tenant: DemoTenant = demo) {
  const id = `${tenant.slug}:${key}`;
  if (!signed.has(id)) signed.set(id, await tenant.signIn(key));
  return signed.get(id)!;
}

const header = 'datum;begintijd;eindtijd;soort;medewerker';
const good = [header, '02-09-2030;07:30;08:15;persoonlijke verzorging;Anouk', '2-9-2030;10:00;10:30;Verpleging;Kees', '03-09-2030;23:00;01:00;verpleging;Sem', '04-09-2030;09:30;11:30;huishoudelijke hulp;Ilse'].join('\r\n');
const oneBad = [header, '02-09-2030;07:30;08:15;persoonlijke verzorging;Anouk', '02-09-2030;25:00;10:30;verpleging;Kees', '04-09-2030;09:30;11:30;huishoudelijke hulp;Ilse'].join('\r\n');

async function upload(key: string, dossierKey: string, csv: string | Buffer, tenant = demo) {
  return t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${demo.dossiers.get(dossierKey)}/visits/import`,
    headers: { ...(await as(key, tenant)).headers, 'content-type': 'text/csv; charset=utf-8' },
    payload: csv,
  });
}
async function septemberVisits() {
  return inTenant(t.database.owner, demo.tenantId, (tx) =>
    queryRows<{ professional_first_name: string; kind: string; starts_at: Date; ends_at: Date }>(
      tx,
      sql`select professional_first_name, kind, starts_at, ends_at from visit
          where dossier_id = ${demo.dossiers.get('jan-support')}::uuid and starts_at >= '2030-09-01' and starts_at < '2030-10-01' order by starts_at`,
    ),
  );
}

describe('reading a planning file', () => {
  it('names every bad cell by line and column, as the spreadsheet numbers lines', () => {
    const result = readPlanningCsv(
      [header, '31-04-2030;07:30;08:00;verpleging;Anouk', '1-5-2030;7.30;;boodschappen;', '02-05-2030;14:00;13:00;verpleging;Bram', '31-03-2030;02:30;03:30;verpleging;Sem', '01-04-2030;08:00;21:00;verpleging;Sem'].join('\n'),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'rows[2].datum', code: 'invalid' },
        { field: 'rows[3].begintijd', code: 'invalidFormat' },
        { field: 'rows[3].eindtijd', code: 'required' },
        { field: 'rows[3].soort', code: 'invalid' },
        { field: 'rows[3].medewerker', code: 'required' },
        { field: 'rows[4].eindtijd', code: 'invalid' },
        { field: 'rows[5].begintijd', code: 'invalid' },
        { field: 'rows[6].eindtijd', code: 'tooLong' },
      ],
    });
  });

  it('refuses a file without the columns, without rows, or with more than 2,000 rows', () => {
    expect(readPlanningCsv('datum;begintijd;eindtijd;medewerker\n01-05-2030;07:30;08:00;Anouk')).toEqual({ ok: false, problems: [{ field: 'header.soort', code: 'required' }] });
    expect(readPlanningCsv(`${header}\n;;;;\n`)).toEqual({ ok: false, problems: [{ field: 'rows', code: 'required' }] });
    const many = [header, ...Array.from({ length: 2001 }, () => '01-05-2030;07:30;08:00;verpleging;Anouk')].join('\n');
    expect(readPlanningCsv(many)).toEqual({ ok: false, problems: [{ field: 'rows', code: 'tooLong' }] });
    expect(readPlanningCsv(`${header}\n"01-05-2030;07:30`)).toEqual({ ok: false, problems: [{ field: 'file', code: 'invalidFormat' }] });
  });

  it('reads commas too, and a night visit that ends the next morning', () => {
    const result = readPlanningCsv('Datum,Begintijd,Eindtijd,Soort,Medewerker\n01-05-2030,22:00,07:00,verpleging,Sem');
    expect(result).toEqual({ ok: true, visits: [{ kind: 'nursing', professionalFirstName: 'Sem', startsAt: new Date('2030-05-01T20:00:00Z'), endsAt: new Date('2030-05-02T05:00:00Z') }] });
  });
});

describe('importing a planning file', () => {
  it('another tenant, an unreferred provider, a coach and the resident may not import; nothing is stored', async () => {
    expect((await upload('kees', 'jan-support', good, other)).statusCode).toBe(404);
    expect((await upload('noor', 'jan-support', good)).statusCode).toBe(404);
    expect((await upload('sanne', 'jan-support', good)).statusCode).toBe(403);
    expect((await upload('jan', 'jan-support', good)).statusCode).toBe(403);
    expect(await septemberVisits()).toEqual([]);
  });

  it('a file with one bad row stores nothing and names the row and column', async () => {
    const response = await upload('kees', 'jan-support', oneBad);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors).toEqual([{ field: 'rows[3].begintijd', code: 'invalidFormat', message: expect.any(String) }]);
    expect(await septemberVisits()).toEqual([]);
  });

  it('a good file stores every row in one go with one audit entry', async () => {
    const response = await upload('kees', 'jan-support', good);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ imported: 4 });
    const stored = await septemberVisits();
    expect(stored.map((row) => [row.professional_first_name, row.kind, new Date(row.starts_at).toISOString(), new Date(row.ends_at).toISOString()])).toEqual([
      ['Anouk', 'personalCare', '2030-09-02T05:30:00.000Z', '2030-09-02T06:15:00.000Z'],
      ['Kees', 'nursing', '2030-09-02T08:00:00.000Z', '2030-09-02T08:30:00.000Z'],
      ['Sem', 'nursing', '2030-09-03T21:00:00.000Z', '2030-09-03T23:00:00.000Z'],
      ['Ilse', 'householdHelp', '2030-09-04T07:30:00.000Z', '2030-09-04T09:30:00.000Z'],
    ]);
    const audit = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ action: string; resident_id: string; details: Record<string, unknown> }>(
        tx,
      sql`select action, resident_id, details from audit_event where object_type = 'visit' and details ? 'imported'`,
      ),
    );
    expect(audit).toEqual([{ action: 'create', resident_id: demo.people.get('jan'), details: { dossierId: demo.dossiers.get('jan-support'), imported: 4 } }]);
    const month = (await t.app.inject({ method: 'GET', url: '/api/visits?month=2030-09', headers: (await as('jan')).headers })).json();
    expect(month.days.map((day: { date: string }) => day.date)).toEqual(['2030-09-02', '2030-09-03', '2030-09-04']);
  });

  it('understands a file Excel saved as Windows-1252', async () => {
    const bytes = Buffer.from(`${header}\r\n10-09-2030;07:30;08:00;begeleiding;Lo\u00efs\r\n`, 'latin1');
    const response = await upload('kees', 'jan-support', bytes);
    expect(response.statusCode).toBe(201);
    expect((await septemberVisits()).map((row) => row.professional_first_name)).toContain('Loïs');
  });
});
