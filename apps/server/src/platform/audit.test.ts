import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, people } from '../db/schema/index.js';
import { firstBrokenLink } from '../modules/audit/index.js';
import { createTestDatabase } from '../test-support/database.js';
import { createTenant } from '../test-support/tenants.js';
import { recordAudit } from './audit.js';
import { inTenant, type Database } from './db/index.js';
import { systemContext } from './http/context.js';

let database: Database;
let drop: () => Promise<void>;
let tenantId: string;
let otherTenantId: string;

async function append(tenant: string, count: number) {
  await inTenant(database.owner, tenant, (tx) =>
    recordAudit(tx, systemContext(tenant, 'test'), Array.from({ length: count }, (_, i) => ({ action: 'read' as const, objectType: 'person', objectId: `p${i}` }))),
  );
}

/** Tampering is done as the owner (a database administrator), since the application role cannot. */
async function asOwnerInTenant(tenant: string, statement: ReturnType<typeof sql>) {
  await database.owner.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenant}, true)`);
    await tx.execute(statement);
  });
}

beforeAll(async () => {
  ({ database, drop } = await createTestDatabase());
  tenantId = (await createTenant(database, 'audit-a')).id;
  otherTenantId = (await createTenant(database, 'audit-b')).id;
});
afterAll(() => drop());

describe('audit log', () => {
  it('cannot be changed or removed by the application role', async () => {
    await append(tenantId, 2);
    await expect(inTenant(database.owner, tenantId, (tx) => tx.update(auditEvents).set({ action: 'update' }))).rejects.toThrow();
    await expect(inTenant(database.owner, tenantId, (tx) => tx.delete(auditEvents))).rejects.toThrow();
    await expect(inTenant(database.owner, tenantId, (tx) => tx.execute(sql`truncate audit_event`))).rejects.toThrow();
    await expect(
      inTenant(database.owner, tenantId, (tx) => tx.execute(sql`insert into audit_event (tenant_id, seq, occurred_at, object_type, action, outcome, prev_hash, hash) values (${tenantId}, 999, now(), 'x', 'read', 'success', '', '')`)),
    ).rejects.toThrow();
  });

  it('writes nothing when the change it belongs to fails', async () => {
    const before = await inTenant(database.owner, tenantId, (tx) => tx.select().from(auditEvents));
    await expect(
      inTenant(database.owner, tenantId, async (tx) => {
        await recordAudit(tx, systemContext(tenantId, 'test'), [{ action: 'create', objectType: 'person' }]);
        await tx.insert(people).values({ tenantId, kind: 'resident', firstName: '', surname: 'X', dateOfBirth: 'not a date' });
      }),
    ).rejects.toThrow();
    const after = await inTenant(database.owner, tenantId, (tx) => tx.select().from(auditEvents));
    expect(after).toHaveLength(before.length);
  });

  it('chains each tenant separately and verifies whole chains', async () => {
    await append(tenantId, 3);
    await append(otherTenantId, 2);
    expect(await firstBrokenLink(database, tenantId)).toBeNull();
    expect(await firstBrokenLink(database, otherTenantId)).toBeNull();
    const rows = await inTenant(database.owner, otherTenantId, (tx) => tx.select().from(auditEvents).orderBy(auditEvents.seq));
    // One transaction at a time: everything goes to the first chain.
    expect(rows.map((r) => [r.chain, r.seq])).toEqual([[0, 1], [0, 2]]);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[0]!.prevHash).toBe('0'.repeat(64));
  });

  it('finds a row whose content was changed', async () => {
    await asOwnerInTenant(tenantId, sql`update audit_event set object_id = 'someone-else' where seq = 2`);
    expect(await firstBrokenLink(database, tenantId)).toEqual({ chain: 0, seq: 2, problem: 'content changed after it was written' });
  });

  it('finds rows removed from the middle and from the end', async () => {
    await asOwnerInTenant(otherTenantId, sql`delete from audit_event where seq = 2`);
    expect(await firstBrokenLink(database, otherTenantId)).toEqual({ chain: 0, seq: 2, problem: 'rows missing at the end of the chain' });
    await append(otherTenantId, 2);
    await asOwnerInTenant(otherTenantId, sql`delete from audit_event where seq = 3`);
    expect(await firstBrokenLink(database, otherTenantId)).toMatchObject({ chain: 0, seq: 4, problem: 'missing rows before this one' });
  });

  it('lets a second transaction of the tenant append while the first still holds its chain, and both chains verify', async () => {
    const third = (await createTenant(database, 'audit-c')).id;
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstAppended!: () => void;
    const firstHolds = new Promise<void>((resolve) => (firstAppended = resolve));
    const first = inTenant(database.owner, third, async (tx) => {
      await recordAudit(tx, systemContext(third, 'first'), [{ action: 'read', objectType: 'person', objectId: 'a1' }]);
      firstAppended();
      await firstMayCommit;
      // A second append in the same transaction stays on the chain it holds.
      await recordAudit(tx, systemContext(third, 'first'), [{ action: 'read', objectType: 'person', objectId: 'a2' }]);
    });
    await firstHolds;
    if (database.kind === 'postgres') {
      // On PostgreSQL the second transaction runs while the first is open: it must not wait for it.
      await inTenant(database.owner, third, (tx) => recordAudit(tx, systemContext(third, 'second'), [{ action: 'read', objectType: 'person', objectId: 'b1' }]));
      releaseFirst();
      await first;
    } else {
      // PGlite has one connection: transactions take turns, so the second runs after the first.
      releaseFirst();
      await first;
      await inTenant(database.owner, third, (tx) => recordAudit(tx, systemContext(third, 'second'), [{ action: 'read', objectType: 'person', objectId: 'b1' }]));
    }
    const rows = await inTenant(database.owner, third, (tx) => tx.select().from(auditEvents).orderBy(auditEvents.chain, auditEvents.seq));
    const byObject = Object.fromEntries(rows.map((r) => [r.objectId, [r.chain, r.seq]]));
    if (database.kind === 'postgres') expect(byObject).toEqual({ a1: [0, 1], a2: [0, 2], b1: [1, 1] });
    else expect(byObject).toEqual({ a1: [0, 1], a2: [0, 2], b1: [0, 3] });
    expect(await firstBrokenLink(database, third)).toBeNull();
    // Tampering in the second chain is found there.
    if (database.kind === 'postgres') {
      await asOwnerInTenant(third, sql`update audit_event set object_id = 'b2' where chain = 1 and seq = 1`);
      expect(await firstBrokenLink(database, third)).toEqual({ chain: 1, seq: 1, problem: 'content changed after it was written' });
    }
  });
});
