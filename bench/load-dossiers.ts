import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FieldCipher } from '../apps/server/src/platform/crypto.js';
import { queryRows, type Database, type Tx } from '../apps/server/src/platform/db/index.js';
import { tokenHash } from '../apps/server/src/modules/identity/tokens.js';
import { benchEmailDomain } from './load-data.js';

/** Per generated resident: 1.5 dossiers, 20 journal entries per dossier, 50 audit rows (issue 5's proportions). */
export const volumeRatios = { dossiersPerResident: 1.5, journalPerDossier: 20, auditPerResident: 50 };

export interface DossierVolume {
  dossiers: number;
  journalEntries: number;
  auditEvents: number;
  loadSeconds: number;
}

/** A signed-in resident of the bench: the cookie and CSRF token a browser would send, and their open dossier. */
export interface BenchSession {
  cookie: string;
  csrfToken: string;
  dossierId: string;
  /** The professional named on the dossier: the recipient of message_send. */
  professionalId: string;
}

const notes = [
  'Gesprek over de administratie; afspraken gemaakt over het openen van de post.',
  'Telefonisch contact: het gaat beter, de huur is betaald.',
  'Huisbezoek: keuken schoon, koelkast leeg. Boodschappenlijst gemaakt.',
  'Overleg met de huisarts over de medicatie en het slapen.',
  'Voortgangsgesprek: doelen besproken en bijgesteld.',
];

const inTenantTx = async <T>(database: Database, tenantId: string, work: (tx: Tx) => Promise<T>) =>
  database.owner.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true), setseed(0.24)`);
    return work(tx as unknown as Tx);
  });

const count = async (tx: Tx, query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(tx, query))[0]?.n ?? 0;

/**
 * Grows the dossier volume to match `residents` generated residents: dossiers (a third closed), each with journal
 * entries (encrypted notes, half visible to the resident), the three plan sections, actions, a service and an
 * involved party; then audit rows (see appendAuditVolume). Incremental: a
 * second call with a larger number only adds what is missing. Runs as the owner, set-based where it can.
 */
export async function loadDossierVolume(database: Database, cipher: FieldCipher, tenantId: string, residents: number): Promise<DossierVolume> {
  const started = performance.now();
  const wantedDossiers = Math.round(residents * volumeRatios.dossiersPerResident);
  const encrypted = notes.map((note) => cipher.encrypt(note));
  const sectionText = cipher.encrypt('Ik wil zelfstandig blijven wonen en mijn geldzaken op orde houden.');
  await inTenantTx(database, tenantId, async (tx) => {
    const have = await count(tx, sql`select count(*)::int as n from dossier where file_number like 'B-%'`);
    if (have >= wantedDossiers) return;
    // Residents by number (1…n, in e-mail order) so dossier i belongs to resident ((i-1) mod n)+1.
    await tx.execute(sql`
      insert into dossier (tenant_id, resident_id, team_id, file_number, registered_on, closed_on, closing_reason, last_activity_at)
      select ${tenantId}::uuid, r.id, case when i % 2 = 0 then tv.id else tj.id end, 'B-' || lpad(i::text, 7, '0'),
             date '2022-01-01' + (i % 1400), case when i % 3 = 0 then date '2026-01-01' + (i % 300) end,
             case when i % 3 = 0 then 'Doelen behaald' end, now() - make_interval(mins => (random() * 1000000)::int)
        from generate_series(${have + 1}::int, ${wantedDossiers}::int) as i
        join (select id, row_number() over (order by email) as n from person where email like ${`%@${benchEmailDomain}`}) r
          on r.n = ((i - 1) % ${residents}) + 1
        cross join (select id from team where name = 'WT Volwassenen') tv
        cross join (select id from team where name = 'WT Jeugd') tj`);
    const fresh = sql`(select id, team_id, file_number from dossier where file_number > ${`B-${String(have).padStart(7, '0')}`} and file_number like 'B-%')`;
    // Coaches named on the dossiers of their team: Sanne on the adults', Daan on the youth's.
    await tx.execute(sql`
      insert into dossier_professional (tenant_id, dossier_id, person_id)
      select ${tenantId}::uuid, d.id, p.id from ${fresh} d
        join team t on t.id = d.team_id
        join person p on p.email = case when t.name = 'WT Volwassenen' then 'sanne.devries@wijkteam.demoland.example' else 'daan.bakker@wijkteam.demoland.example' end`);
    await tx.execute(sql`
      insert into journal_entry (tenant_id, dossier_id, occurred_on, author_person_id, contact_type, life_domain, note_encrypted, visible_to_resident)
      select ${tenantId}::uuid, d.id, date '2024-01-01' + ((g * 37 + length(d.file_number)) % 1000), dp.person_id,
             (array['kitchenTable','progress','email','phone','homeVisit'])[1 + g % 5],
             (array['income','debts','housing','family','mentalHealth'])[1 + (g * 7) % 5],
             (${sql.raw(`array[${encrypted.map((e) => `'${e}'`).join(',')}]`)})[1 + g % ${encrypted.length}], g % 2 = 0
        from ${fresh} d join dossier_professional dp on dp.dossier_id = d.id
        cross join generate_series(1, ${volumeRatios.journalPerDossier}) g`);
    await tx.execute(sql`
      insert into plan_section (tenant_id, dossier_id, kind, text_encrypted)
      select ${tenantId}::uuid, d.id, k.kind::plan_section_kind, ${sectionText}
        from ${fresh} d cross join (values ('livingSituation'), ('future'), ('agreements')) as k(kind)`);
    await tx.execute(sql`
      insert into dossier_action (tenant_id, dossier_id, created_by_person_id, text, assignee, planned_on, done_on)
      select ${tenantId}::uuid, d.id, dp.person_id, 'Actie ' || g, 'Inwoner', current_date + g * 7, case when g = 1 then current_date - 3 end
        from ${fresh} d join dossier_professional dp on dp.dossier_id = d.id cross join generate_series(1, 3) g`);
    await tx.execute(sql`
      insert into specialist_service (tenant_id, dossier_id, product, supplier, starts_on, status)
      select ${tenantId}::uuid, d.id, 'Huishoudelijke hulp (Wmo)', 'Thuiszorg De Linde', current_date - 60, 'granted' from ${fresh} d`);
    await tx.execute(sql`
      insert into involved_party (tenant_id, dossier_id, name, phone)
      select ${tenantId}::uuid, d.id, 'Huisartsenpraktijk ' || right(d.file_number, 3), '0123 111 222' from ${fresh} d`);
  });
  const auditEvents = await appendAuditVolume(database, tenantId, residents * volumeRatios.auditPerResident);
  await database.owner.execute(sql`analyze`);
  const totals = await inTenantTx(database, tenantId, async (tx) => ({
    dossiers: await count(tx, sql`select count(*)::int as n from dossier`),
    journalEntries: await count(tx, sql`select count(*)::int as n from journal_entry`),
  }));
  return { ...totals, auditEvents, loadSeconds: (performance.now() - started) / 1000 };
}

/**
 * Audit rows with the shape and spread `audit_append()` gives them: readers and writers are the demo professionals,
 * residents are random. Set-based, so five million rows load in about a minute; the cost is that these generated
 * rows are not hash-chained (a chain is sequential by nature). The chain head is moved past them, so every row the
 * app appends during the bench is linked as in production; `audit:verify` on a bench database reports the first
 * generated row as the break, which is why the cluster is thrown away.
 */
async function appendAuditVolume(database: Database, tenantId: string, wanted: number): Promise<number> {
  return inTenantTx(database, tenantId, async (tx) => {
    const have = await count(tx, sql`select count(*)::int as n from audit_event`);
    if (have < wanted) {
      await tx.execute(sql`
        insert into audit_chain_head (tenant_id, chain, seq, hash) values (${tenantId}::uuid, 0, 0, repeat('0', 64)) on conflict (tenant_id, chain) do nothing`);
      await tx.execute(sql`
        with head as (select seq from audit_chain_head where tenant_id = ${tenantId}::uuid and chain = 0),
             residents as (select array_agg(id order by id) as ids from person where kind = 'resident'),
             actors as (select array_agg(id order by id) as ids from person where kind = 'professional' and organisation_id is not null)
        insert into audit_event (tenant_id, seq, occurred_at, actor_person_id, actor_role, client_ip, request_id, resident_id,
                                 object_type, action, outcome, prev_hash, hash)
        select ${tenantId}::uuid, head.seq + i, now() - make_interval(secs => (${wanted - have} - i) * 6),
               actors.ids[(1 + i % array_length(actors.ids, 1))::int], 'coach', '10.0.0.' || (i % 250), 'bench-' || i,
               residents.ids[(1 + (i * 7919) % array_length(residents.ids, 1))::int],
               (array['dossier', 'journalEntry', 'planSection', 'action', 'document', 'message'])[(1 + i % 6)::int],
               case when i % 5 = 0 then 'update' else 'read' end, 'success', 'bench', md5(i::text)
          from generate_series(1::bigint, ${wanted - have}::bigint) as i, head, residents, actors`);
      await tx.execute(sql`
        update audit_chain_head set seq = (select max(seq) from audit_event where tenant_id = ${tenantId}::uuid and chain = 0), hash = md5('bench')
         where tenant_id = ${tenantId}::uuid and chain = 0`);
    }
    return count(tx, sql`select count(*)::int as n from audit_event`);
  });
}

/**
 * Signs in `howMany` generated residents (each with an open dossier) and the demo coach the way sign-in leaves a
 * session: an active account, the terms accepted, a session row in stage `active` whose token only the bench knows.
 */
export async function benchSessions(database: Database, tenantId: string, howMany: number) {
  return inTenantTx(database, tenantId, async (tx) => {
    const rows = await queryRows<{ person_id: string; email: string; dossier_id: string; professional_id: string }>(
      tx,
      sql`select distinct on (d.resident_id) d.resident_id as person_id, p.email, d.id as dossier_id, dp.person_id as professional_id
            from dossier d join person p on p.id = d.resident_id join dossier_professional dp on dp.dossier_id = d.id
           where d.closed_on is null and d.file_number like 'B-%'
           order by d.resident_id, d.file_number limit ${howMany}`,
    );
    const [terms] = await queryRows<{ version: number }>(tx, sql`select max(version)::int as version from terms_version`);
    const open = async (personId: string, email: string, role: string) => {
      const [account] = await queryRows<{ id: string }>(
        tx,
        sql`insert into account (tenant_id, person_id, email, status, must_change_password) values (${tenantId}::uuid, ${personId}::uuid, ${email}, 'active', false)
            on conflict do nothing returning id`,
      );
      const accountId =
        account?.id ?? (await queryRows<{ id: string }>(tx, sql`select id from account where lower(email) = lower(${email})`))[0]!.id;
      if (account) {
        await tx.execute(sql`insert into account_role (tenant_id, account_id, role) values (${tenantId}::uuid, ${accountId}::uuid, ${role})`);
        await tx.execute(sql`insert into terms_acceptance (tenant_id, account_id, version) values (${tenantId}::uuid, ${accountId}::uuid, ${terms?.version ?? 1})`);
      }
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      await tx.execute(sql`
        insert into session (tenant_id, account_id, token_hash, csrf_token, role, stage, idle_minutes, idle_expires_at, absolute_expires_at)
        values (${tenantId}::uuid, ${accountId}::uuid, ${tokenHash(token)}, ${csrfToken}, ${role}, 'active', 720, now() + interval '12 hours', now() + interval '12 hours')`);
      return { cookie: `samenplan=${tenantId}.${token}`, csrfToken };
    };
    const residents: BenchSession[] = [];
    for (const row of rows) residents.push({ ...(await open(row.person_id, row.email, 'resident')), dossierId: row.dossier_id, professionalId: row.professional_id });
    const [sanne] = await queryRows<{ id: string }>(tx, sql`select person_id as id from account where email = 'sanne.devries@wijkteam.demoland.example'`);
    const coach = await open(sanne!.id, 'sanne.devries@wijkteam.demoland.example', 'coach');
    return { residents, coach };
  });
}
