import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../demo/demo-tenant.js';
import { seedDemoTenant } from '../demo/seed.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { signIn } from '../test-support/session.js';

const CANARY_BSN = '999990019';
const CANARY_PASSWORD = 'Kanarie-Wachtwoord-913';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoTenant(t.database, t.cipher);
});
afterAll(() => t.close());

describe('logs', () => {
  it('never contain a BSN, a password, a session token or a CSRF token', async () => {
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'jan.deboer@demoland.example', password: CANARY_PASSWORD, organisation: 'demoland' } });
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: `${CANARY_BSN}@x.example`, password: CANARY_PASSWORD, organisation: CANARY_BSN, bsn: CANARY_BSN } });
    await t.app.inject({ method: 'GET', url: `/api/tenants?bsn=${CANARY_BSN}&token=${CANARY_PASSWORD}`, headers: { authorization: `Bearer ${CANARY_PASSWORD}` } });
    const session = await signIn(t, 'jan.deboer@demoland.example', demoPassword, 'demoland');
    await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: session.headers });

    const logs = t.logs();
    expect(logs).toContain('"path":"/api/me"');
    for (const secret of [CANARY_BSN, CANARY_PASSWORD, demoPassword, session.cookie.split('=')[1]!, session.csrfToken]) {
      expect(logs).not.toContain(secret);
    }
  });
});
