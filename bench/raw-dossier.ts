import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { FieldCipher } from '../apps/server/src/platform/crypto.js';
import { inTenant, queryRows, type Database } from '../apps/server/src/platform/db/index.js';
import type { BenchSession } from './load-dossiers.js';

export const rawDossierPath = '/bench/raw-dossier/';

/**
 * The baseline for `dossier_read`: the same parts of the same dossier as the resident sees them (visible journal
 * page, plan sections, services, involved parties, professionals, relatives, actions) in one hand-written query, the
 * notes decrypted, and the same seven audit entries appended — but no session lookup, relation query, policy or
 * presenter. The route exists only in the bench.
 */
export function registerRawDossierRoute(app: FastifyInstance, database: Database, cipher: FieldCipher, tenantId: string, sessions: BenchSession[]) {
  app.get<{ Params: { n: string } }>(`${rawDossierPath}:n`, async (request) => {
    const session = sessions[Math.abs(Number.parseInt(request.params.n, 10) || 0) % sessions.length]!;
    const id = session.dossierId;
    return inTenant(database.owner, tenantId, async (tx) => {
      const [row] = await queryRows<{ resident_id: string; journal: Array<{ note: string }> } & Record<string, unknown>>(
        tx,
        sql`select d.id, d.file_number, d.resident_id, d.registered_on, d.closed_on, t.name as team, o.name as organisation,
          (select json_agg(json_build_object('id', p.id, 'firstName', p.first_name, 'surname', p.surname, 'phone', p.phone, 'email', p.email))
             from dossier_professional dp join person p on p.id = dp.person_id where dp.dossier_id = d.id) as professionals,
          (select json_agg(json_build_object('id', p.id, 'firstName', p.first_name, 'level', r.level)) from dossier_relative r join person p on p.id = r.person_id where r.dossier_id = d.id) as relatives,
          (select json_agg(json_build_object('name', i.name, 'phone', i.phone)) from involved_party i where i.dossier_id = d.id and i.removed_at is null) as involved,
          (select json_agg(j) from (select je.id, je.occurred_on, je.contact_type, je.life_domain, je.note_encrypted as note, ap.first_name
             from journal_entry je join person ap on ap.id = je.author_person_id where je.dossier_id = d.id and je.visible_to_resident
             order by je.occurred_on desc limit 50) j) as journal,
          (select count(*) from journal_entry je where je.dossier_id = d.id and je.visible_to_resident) as journal_total,
          (select json_agg(json_build_object('kind', s.kind, 'text', s.text_encrypted, 'version', s.version)) from plan_section s where s.dossier_id = d.id) as sections,
          (select json_agg(json_build_object('product', v.product, 'status', v.status)) from specialist_service v where v.dossier_id = d.id) as services,
          (select json_agg(json_build_object('text', a.text, 'plannedOn', a.planned_on, 'doneOn', a.done_on)) from dossier_action a where a.dossier_id = d.id and a.removed_at is null) as actions
          from dossier d join team t on t.id = d.team_id join organisation o on o.id = t.organisation_id where d.id = ${id}::uuid`,
      );
      const journal = (row!.journal ?? []).map((entry) => ({ ...entry, note: cipher.decrypt(entry.note) }));
      const sections = ((row!.sections ?? []) as Array<{ text: string }>).map((section) => ({ ...section, text: cipher.decrypt(section.text) }));
      const entry = (objectType: string) => ({ actor_person_id: row!.resident_id, actor_role: 'resident', resident_id: row!.resident_id, object_type: objectType, object_id: id, action: 'read', outcome: 'success', client_ip: request.ip });
      const entries = ['dossier', 'journalEntry', 'planSection', 'specialistService', 'involvedParty', 'relativeAccess', 'action'].map(entry);
      await tx.execute(sql`select audit_append(${JSON.stringify(entries)}::jsonb)`);
      return { ...row, journal, sections };
    });
  });
}
