import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPdf } from '../../demo/parts/documents.js';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import type { SignedIn } from '../../test-support/session.js';

let t: TestApp;
let demo: DemoTenant;
let other: DemoTenant;
let pdf: Buffer;
const signed = new Map<string, SignedIn>();
const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(400, 0x90)]);

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  other = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
  pdf = await demoPdf('Testbrief', ['Een korte brief om te uploaden.']);
});
afterAll(() => t.close());

async function as(key: string, tenant = demo) {
  const cacheKey = `${tenant.slug}:${key}`;
  if (!signed.has(cacheKey)) signed.set(cacheKey, await tenant.signIn(key));
  return signed.get(cacheKey)!;
}

type Item = { id: string; description: string; fileName: string; visibleToResident: boolean; version: number; policies: string[]; addedBy: { kind: string } };

const dossier = (key: string, tenant = demo) => tenant.dossiers.get(key)!;
const listUrl = (dossierId: string) => `/api/dossiers/${dossierId}/documents`;

async function list(key: string, dossierId: string, tenant = demo) {
  return t.app.inject({ method: 'GET', url: listUrl(dossierId), headers: (await as(key, tenant)).headers });
}

async function items(key: string, dossierId: string): Promise<Item[]> {
  const response = await list(key, dossierId);
  expect(response.statusCode).toBe(200);
  return (response.json() as { items: Item[] }).items;
}

type Form = { description?: string; category?: string; visibleToResident?: string; file?: { name: string; bytes: Buffer; type?: string } };

async function multipart(form: Form) {
  const data = new FormData();
  for (const key of ['description', 'category', 'visibleToResident'] as const) if (form[key] !== undefined) data.append(key, form[key]!);
  if (form.file) data.append('file', new Blob([new Uint8Array(form.file.bytes)], { type: form.file.type ?? 'application/pdf' }), form.file.name);
  const encoded = new Request('http://localhost/', { method: 'POST', body: data });
  return { payload: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type')! };
}

async function upload(key: string, dossierId: string, form: Form, extraHeaders: Record<string, string> = {}) {
  const { payload, contentType } = await multipart(form);
  return t.app.inject({
    method: 'POST',
    url: listUrl(dossierId),
    headers: { ...(await as(key)).headers, 'content-type': contentType, ...extraHeaders },
    payload,
  });
}

const letter = (): Form => ({ description: 'Brief van de woningcorporatie', category: 'letter', file: { name: 'brief.pdf', bytes: pdf } });

async function stored() {
  const [row] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
    queryRows<{ documents: number; contents: number; creates: number }>(
      tx,
      sql`select (select count(*)::int from document) as documents, (select count(*)::int from document_content) as contents,
                 (select count(*)::int from audit_event where object_type = 'document' and action = 'create') as creates`,
    ),
  );
  return row!;
}

describe('who does not get to the documents', () => {
  it('another tenant’s dossier is not found, also for the same demo roles there', async () => {
    expect((await list('jan', dossier('jan-support'), other)).statusCode).toBe(404);
    expect((await list('sanne', dossier('jan-support'), other)).statusCode).toBe(404);
  });

  it('another resident gets 404 for list, content and upload, and nothing is stored', async () => {
    const before = await stored();
    expect((await list('emma', dossier('jan-support'))).statusCode).toBe(404);
    const [first] = await items('jan', dossier('jan-support'));
    const content = await t.app.inject({ method: 'GET', url: `${listUrl(dossier('jan-support'))}/${first!.id}/content`, headers: (await as('emma')).headers });
    expect(content.statusCode).toBe(404);
    expect((await upload('emma', dossier('jan-support'), letter())).statusCode).toBe(404);
    expect(await stored()).toEqual(before);
  });

  it('a provider (kees of De Linde, referred) has no documents part: the policy gives providers no read rule', async () => {
    expect((await list('kees', dossier('jan-support'))).statusCode).toBe(404);
    const [first] = await items('jan', dossier('jan-support'));
    const content = await t.app.inject({ method: 'GET', url: `${listUrl(dossier('jan-support'))}/${first!.id}/content`, headers: (await as('kees')).headers });
    expect(content.statusCode).toBe(404);
    expect((await upload('kees', dossier('jan-support'), letter())).statusCode).toBe(404);
  });

  it('a relative who may view (ria) cannot upload (403), nothing stored, and does not see internal documents', async () => {
    const before = await stored();
    const refused = await upload('ria', dossier('jan-support'), letter());
    expect(refused.statusCode).toBe(403);
    expect(await stored()).toEqual(before);
    const response = await list('ria', dossier('jan-support'));
    expect(response.json()).toMatchObject({ policies: [], choosesVisibility: false });
    const seen = (response.json() as { items: Item[] }).items;
    expect(seen.map((item) => item.description)).not.toContain('Overdracht aan De Linde');
    expect(seen.every((item) => item.visibleToResident && !item.policies.includes('delete'))).toBe(true);
  });

  it('an internal document is not in the resident’s list and its content URL answers 404', async () => {
    const internal = (await items('sanne', dossier('jan-support'))).find((item) => item.description === 'Overdracht aan De Linde')!;
    expect(internal.visibleToResident).toBe(false);
    const mine = await items('jan', dossier('jan-support'));
    expect(mine.map((item) => item.id)).not.toContain(internal.id);
    const content = await t.app.inject({ method: 'GET', url: `${listUrl(dossier('jan-support'))}/${internal.id}/content`, headers: (await as('jan')).headers });
    expect(content.statusCode).toBe(404);
    expect(content.headers['content-type']).toMatch(/problem\+json/);
  });

  it('nobody adds to a closed dossier, not even the resident', async () => {
    expect((await upload('jan', dossier('jan-debts'), letter())).statusCode).toBe(403);
  });

  it('without the CSRF token an upload is refused', async () => {
    const { payload, contentType } = await multipart(letter());
    const { 'x-csrf-token': _token, ...headers } = (await as('jan')).headers as Record<string, string>;
    const response = await t.app.inject({ method: 'POST', url: listUrl(dossier('jan-support')), headers: { ...headers, 'content-type': contentType }, payload });
    expect(response.statusCode).toBe(403);
  });
});

describe('bad uploads change nothing', () => {
  it('a renamed Windows program (MZ) called brief.pdf is refused at the file field, in Dutch and in English', async () => {
    const before = await stored();
    const form = { ...letter(), file: { name: 'brief.pdf', bytes: exe } };
    const dutch = await upload('jan', dossier('jan-support'), form);
    expect(dutch.statusCode).toBe(400);
    expect(dutch.json().errors).toEqual([{ field: 'file', code: 'fileType', message: expect.stringMatching(/^Dit soort bestand kan niet\. Kies een PDF/) }]);
    const english = await upload('jan', dossier('jan-support'), form, { 'accept-language': 'en' });
    expect(english.json().errors[0].message).toMatch(/^This kind of file is not allowed\. Choose a PDF/);
    expect(await stored()).toEqual(before);
  });

  it('a file over 10 MB is refused with 413 naming the file', async () => {
    const before = await stored();
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]);
    const response = await upload('jan', dossier('jan-support'), { ...letter(), file: { name: 'groot.pdf', bytes: big } });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(response.json().errors).toEqual([{ field: 'file', code: 'tooLarge', message: expect.stringContaining('10 MB') }]);
    expect(await stored()).toEqual(before);
  });

  it('a missing description, an unknown category and a missing file are each named', async () => {
    const before = await stored();
    const noDescription = await upload('jan', dossier('jan-support'), { ...letter(), description: undefined });
    expect(noDescription.statusCode).toBe(400);
    expect(noDescription.json().errors).toEqual([{ field: 'description', code: 'required', message: 'Vul een omschrijving in.' }]);
    const blank = await upload('jan', dossier('jan-support'), { ...letter(), description: '   ' });
    expect(blank.json().errors.map((e: { field: string }) => e.field)).toEqual(['description']);
    const long = await upload('jan', dossier('jan-support'), { ...letter(), description: 'x'.repeat(201) });
    expect(long.json().errors).toMatchObject([{ field: 'description', code: 'tooLong' }]);
    const category = await upload('jan', dossier('jan-support'), { ...letter(), category: 'secret' });
    expect(category.json().errors).toMatchObject([{ field: 'category', code: 'invalid' }]);
    const noFile = await upload('jan', dossier('jan-support'), { ...letter(), file: undefined });
    expect(noFile.json().errors).toMatchObject([{ field: 'file', code: 'required' }]);
    expect(await stored()).toEqual(before);
  });
});

describe('adding, downloading and removing', () => {
  it('a guardian (karin, may add) uploads for emma: shared with her, logged as on behalf of emma', async () => {
    const response = await upload('karin', dossier('emma-youth'), { ...letter(), visibleToResident: 'false' });
    expect(response.statusCode).toBe(201);
    const { id } = response.json() as { id: string };
    const [audit] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ on_behalf_of_person_id: string; resident_id: string; actor_person_id: string }>(
        tx,
        sql`select on_behalf_of_person_id, resident_id, actor_person_id from audit_event where object_type = 'document' and action = 'create' and object_id = ${id}`,
      ),
    );
    expect(audit).toEqual({ on_behalf_of_person_id: demo.people.get('emma'), resident_id: demo.people.get('emma'), actor_person_id: demo.people.get('karin') });
    const seenByEmma = await items('emma', dossier('emma-youth'));
    expect(seenByEmma[0]).toMatchObject({ id, visibleToResident: true, addedBy: { kind: 'relative' } });
  });

  it('a professional keeps a document internal; the resident uploads one that is shared, first in the list, the dossier active', async () => {
    const at = () =>
      inTenant(t.database.owner, demo.tenantId, (tx) => queryRows<{ last_activity_at: string }>(tx, sql`select last_activity_at from dossier where id = ${dossier('jan-support')}::uuid`));
    const activityBefore = new Date((await at())[0]!.last_activity_at).getTime();
    const internal = await upload('sanne', dossier('jan-support'), { ...letter(), description: 'Intern verslag', visibleToResident: 'false' });
    expect(internal.statusCode).toBe(201);
    const shared = await upload('jan', dossier('jan-support'), { ...letter(), visibleToResident: 'false' });
    expect(shared.statusCode).toBe(201);
    const mine = await items('jan', dossier('jan-support'));
    expect(mine[0]).toMatchObject({ id: shared.json().id, visibleToResident: true, fileName: 'brief.pdf', policies: ['read', 'delete'] });
    expect(mine.map((item) => item.id)).not.toContain(internal.json().id);
    const hers = await items('sanne', dossier('jan-support'));
    expect(hers.slice(0, 2).map((item) => item.id)).toEqual([shared.json().id, internal.json().id]);
    expect(new Date((await at())[0]!.last_activity_at).getTime()).toBeGreaterThan(activityBefore);
  });

  it('downloads as an attachment with the sniffed type, nosniff and no-store, and logs the read', async () => {
    const response = await upload('jan', dossier('jan-support'), { description: 'Foto van de brief', category: 'photo', file: { name: 'Brief “één”.pdf', bytes: pdf, type: 'image/png' } });
    const { id } = response.json() as { id: string };
    const download = await t.app.inject({ method: 'GET', url: `${listUrl(dossier('jan-support'))}/${id}/content`, headers: (await as('ria')).headers });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Brief een.pdf"; filename*=UTF-8''Brief%20%E2%80%9C%C3%A9%C3%A9n%E2%80%9D.pdf`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toBe('no-store');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const [audit] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ action: string; resident_id: string; details: { download: boolean } }>(
        tx,
        sql`select action, resident_id, details from audit_event where object_type = 'document' and object_id = ${id} and actor_person_id = ${demo.people.get('ria')}::uuid`,
      ),
    );
    expect(audit).toMatchObject({ action: 'read', resident_id: demo.people.get('jan'), details: { download: true } });
  });

  it('the list read is logged with the dossier’s resident', async () => {
    await items('sanne', dossier('mohamed-wmo'));
    const rows = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ resident_id: string }>(
        tx,
        sql`select resident_id from audit_event where object_type = 'document' and action = 'read' and object_id is null and actor_person_id = ${demo.people.get('sanne')}::uuid`,
      ),
    );
    expect(rows.map((row) => row.resident_id)).toContain(demo.people.get('mohamed'));
  });

  it('removing needs the current version (409 when stale, with the current one), and a resident removes only their own', async () => {
    const created = await upload('jan', dossier('jan-support'), { ...letter(), description: 'Weg ermee' });
    const { id } = created.json() as { id: string };
    const url = `${listUrl(dossier('jan-support'))}/${id}`;
    const sannes = (await items('jan', dossier('jan-support'))).find((item) => item.description === 'Beschikking huishoudelijke hulp')!;
    expect(sannes.policies).toEqual(['read']);
    const notMine = await t.app.inject({ method: 'DELETE', url: `${listUrl(dossier('jan-support'))}/${sannes.id}`, headers: (await as('jan')).headers, payload: { version: sannes.version } });
    expect(notMine.statusCode).toBe(403);

    const stale = await t.app.inject({ method: 'DELETE', url, headers: (await as('jan')).headers, payload: { version: 7 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id, version: 1 });
    expect((await items('jan', dossier('jan-support'))).map((item) => item.id)).toContain(id);

    const removed = await t.app.inject({ method: 'DELETE', url, headers: (await as('jan')).headers, payload: { version: 1 } });
    expect(removed.statusCode).toBe(204);
    expect((await items('jan', dossier('jan-support'))).map((item) => item.id)).not.toContain(id);
    const again = await t.app.inject({ method: 'DELETE', url, headers: (await as('jan')).headers, payload: { version: 2 } });
    expect(again.statusCode).toBe(404);
    const content = await t.app.inject({ method: 'GET', url: `${url}/content`, headers: (await as('jan')).headers });
    expect(content.statusCode).toBe(404);
  });

  it('removing deletes the stored bytes in the same flow; a refused removal keeps them; the row and the audit entry stay', async () => {
    const bytesOf = async (id: string) => {
      const [row] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
        queryRows<{ contents: number; removed: boolean; deletes: number }>(
          tx,
          sql`select (select count(*)::int from document_content where document_id = ${id}::uuid) as contents,
                     (select removed_at is not null from document where id = ${id}::uuid) as removed,
                     (select count(*)::int from audit_event where object_type = 'document' and action = 'delete' and object_id = ${id}) as deletes`,
        ),
      );
      return row!;
    };
    const created = await upload('sanne', dossier('jan-support'), { ...letter(), description: 'Verslag om te verwijderen', visibleToResident: 'true' });
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as { id: string };
    const url = `${listUrl(dossier('jan-support'))}/${id}`;
    expect((await t.app.inject({ method: 'GET', url: `${url}/content`, headers: (await as('jan')).headers })).statusCode).toBe(200);

    // Refusals first: another tenant, a reader without the right, a stale version — the bytes stay.
    expect((await t.app.inject({ method: 'DELETE', url, headers: (await as('sanne', other)).headers, payload: { version: 1 } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url, headers: (await as('ria')).headers, payload: { version: 1 } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url, headers: (await as('sanne')).headers, payload: { version: 3 } })).statusCode).toBe(409);
    expect(await bytesOf(id)).toEqual({ contents: 1, removed: false, deletes: 0 });

    expect((await t.app.inject({ method: 'DELETE', url, headers: (await as('sanne')).headers, payload: { version: 1 } })).statusCode).toBe(204);
    expect(await bytesOf(id)).toEqual({ contents: 0, removed: true, deletes: 1 });
    for (const key of ['sanne', 'jan']) {
      expect((await t.app.inject({ method: 'GET', url: `${url}/content`, headers: (await as(key)).headers })).statusCode).toBe(404);
    }
  });
});

describe('the API description', () => {
  it('documents the upload as multipart/form-data and the download as the file itself', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const documents = doc.paths['/api/dossiers/{dossierId}/documents'];
    expect(documents.post.requestBody.content).toHaveProperty(['multipart/form-data']);
    expect(Object.keys(documents.post.responses)).toEqual(expect.arrayContaining(['201', '400', '403', '404', '413']));
    expect(doc.paths['/api/dossiers/{dossierId}/documents/{documentId}/content'].get.responses).toHaveProperty('200');
  });
});
