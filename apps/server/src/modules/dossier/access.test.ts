import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import { loadDossierAccess } from './access.js';

let t: TestApp;
let demo: DemoTenant;
let other: DemoTenant;

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  other = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
});
afterAll(() => t.close());

async function relationsOf(tenant: DemoTenant, key: string, dossierTenant: DemoTenant, dossier: string, role?: Parameters<DemoTenant['subject']>[1]) {
  const subject = await tenant.subject(key, role);
  return inTenant(t.database.owner, subject.tenantId, async (tx) => {
    const access = await loadDossierAccess(tx, subject, dossierTenant.dossiers.get(dossier)!, new Date());
    return access ? [...access.relations].sort() : null;
  });
}

describe('how people stand to a dossier', () => {
  it('another tenant’s dossier does not exist for anyone, not even for the same demo role', async () => {
    expect(await relationsOf(demo, 'jan', other, 'jan-support')).toBeNull();
    expect(await relationsOf(demo, 'sanne', other, 'jan-support')).toBeNull();
  });

  it('people without a relation have none: another resident, a coach of another team, an unreferred provider, the administrator', async () => {
    expect(await relationsOf(demo, 'emma', demo, 'jan-support')).toEqual([]);
    expect(await relationsOf(demo, 'daan', demo, 'jan-support')).toEqual([]);
    expect(await relationsOf(demo, 'noor', demo, 'jan-support')).toEqual([]);
    expect(await relationsOf(demo, 'peter', demo, 'jan-support')).toEqual([]);
    expect(await relationsOf(demo, 'fatima', demo, 'jan-support')).toEqual([]);
  });

  it('a relative has exactly their level, and a guardian is marked as such', async () => {
    expect(await relationsOf(demo, 'ria', demo, 'jan-support')).toEqual(['relativeView']);
    expect(await relationsOf(demo, 'ria', demo, 'emma-youth')).toEqual([]);
    expect(await relationsOf(demo, 'karin', demo, 'emma-youth')).toEqual(['guardian', 'relativeWrite']);
  });

  it('the resident, the team, a named professional and a referred provider each have their relation', async () => {
    expect(await relationsOf(demo, 'jan', demo, 'jan-support')).toEqual(['resident']);
    expect(await relationsOf(demo, 'sanne', demo, 'jan-support')).toEqual(['namedProfessional', 'teamProfessional']);
    expect(await relationsOf(demo, 'lotte', demo, 'jan-support', 'teamSuperuser')).toEqual(['teamProfessional']);
    expect(await relationsOf(demo, 'fatima', demo, 'mohamed-wmo')).toEqual(['namedProfessional']);
    expect(await relationsOf(demo, 'kees', demo, 'jan-support')).toEqual(['provider']);
  });
});
