import { sql } from 'drizzle-orm';
import { definePolicy } from '../../platform/policy/index.js';
import { caseWorkers, relativeReaders, residentSide, type DossierSubject } from './access.js';
import { through, write, type Part } from './rules.js';

export const dossierReaders = [...residentSide, ...relativeReaders, ...caseWorkers, 'provider'] as const;

/** The dossier itself: its header (team, professionals, dates) and whether it may be changed or closed. */
export const dossierPolicy = definePolicy<Part, 'read' | 'update' | 'close', DossierSubject>('dossier', 'read', {
  read: [through(dossierReaders, 'everyone with a relation sees the dossier header')],
  update: [through(caseWorkers, 'the team and named professionals keep the dossier', undefined, write)],
  close: [through(['teamProfessional', 'namedProfessional'], 'the team or a named professional closes a dossier', undefined, write)],
});

export interface VisibleToResidentPart extends Part {
  visibleToResident: boolean;
  authorPersonId: string;
}
const visibleToResident = {
  when: (_s: DossierSubject, o: VisibleToResidentPart) => o.visibleToResident,
  where: () => sql`visible_to_resident`,
};
const ownPart = {
  when: (s: DossierSubject, o: VisibleToResidentPart) => o.authorPersonId === s.personId,
  where: (s: DossierSubject) => sql`author_person_id = ${s.personId}::uuid`,
};

/** *Contactjournaal*: residents and relatives read only entries marked visible to them; relatives who may add write notes. */
export const journalPolicy = definePolicy<VisibleToResidentPart, 'read' | 'create' | 'update' | 'delete', DossierSubject>('journalEntry', 'read', {
  read: [
    through(caseWorkers, 'professionals of the dossier read the whole journal'),
    through([...residentSide, ...relativeReaders], 'residents and relatives read entries marked visible to the resident', visibleToResident),
  ],
  create: [
    through(caseWorkers, 'professionals write contact notes', undefined, write),
    through(['relativeWrite'], 'a relative who may add writes notes marked as theirs (seed 002)', undefined, write),
  ],
  update: [through([...caseWorkers, 'relativeWrite'], 'only the author corrects their own note', ownPart, write)],
  delete: [],
});

/** *Acties*: only the resident they belong to and the dossier's coaches (seed 000); a guardian acts for the resident. */
export const actionPolicy = definePolicy<Part, 'read' | 'create' | 'update' | 'delete', DossierSubject>('action', 'read', {
  read: [through([...residentSide, ...caseWorkers], 'actions are between the resident and the coach only')],
  create: [through(caseWorkers, 'the coach plans actions', undefined, write)],
  update: [through([...residentSide, ...caseWorkers], 'the resident ticks off actions; the coach edits them', undefined, write)],
  delete: [through(caseWorkers, 'the coach removes an action; it stays in the audit log', undefined, write)],
});

/** The three oMPOP sections: the resident and those who may add edit; readers read. */
export const planSectionPolicy = definePolicy<Part, 'read' | 'update', DossierSubject>('planSection', 'read', {
  read: [through([...residentSide, ...relativeReaders, ...caseWorkers], 'the plan text is the shared page of the dossier')],
  update: [through([...residentSide, 'relativeWrite', ...caseWorkers], 'the resident writes their own plan, with the coach and relatives who may add', undefined, write)],
});

/** Services, involved parties: facts of the dossier kept by professionals and readable by those who read the dossier. */
export const dossierFactPolicy = definePolicy<Part, 'read' | 'create' | 'update' | 'delete', DossierSubject>('dossierFact', 'read', {
  read: [through(dossierReaders, 'everyone who reads the dossier reads its services and involved parties')],
  create: [through(caseWorkers, 'professionals record services and involved parties', undefined, write)],
  update: [through(caseWorkers, 'professionals keep them up to date', undefined, write)],
  delete: [through(caseWorkers, 'professionals remove them', undefined, write)],
});

/** Who may sign in to the dossier, at which level. The resident withdraws a relative's access; professionals manage it. */
export const relativeAccessPolicy = definePolicy<Part & { personId: string }, 'read' | 'create' | 'update' | 'revoke', DossierSubject>(
  'relativeAccess',
  'read',
  {
    read: [
      through([...residentSide, ...caseWorkers], 'the resident and professionals see who may sign in'),
      through(relativeReaders, 'a relative sees the list they are on'),
    ],
    create: [through(caseWorkers, 'professionals add relatives and invite them', undefined, write)],
    update: [through(caseWorkers, 'professionals set a relative’s level', undefined, write)],
    revoke: [
      through(caseWorkers, 'professionals withdraw access', undefined, write),
      through(
        ['resident'],
        'a resident of age and not under guardianship withdraws a relative’s access at once (issue 5)',
        { when: (subject) => subject.dossier.selfDetermined === true, where: (subject) => (subject.dossier.selfDetermined ? sql`true` : sql`false`) },
        write,
      ),
    ],
  },
);

/** *Wie heeft mijn gegevens bekeken*: the resident (or guardian) and the dossier's professionals read the access log. */
export const accessLogPolicy = definePolicy<Part, 'read', DossierSubject>('accessLog', 'read', {
  read: [through([...residentSide, 'teamProfessional', 'namedProfessional'], 'residents see who looked at their dossier')],
});

/** Opening a new dossier happens in a team: its coaches and aanjager open dossiers for their own team. */
export const dossierCreationPolicy = definePolicy<Part & { teamId: string }, 'create'>('dossier', 'create', {
  create: [
    {
      roles: ['coach', 'teamSuperuser'],
      when: (subject, object) => subject.teamIds.includes(object.teamId),
      because: 'a coach opens dossiers in their own team',
    },
  ],
});

/** *Doorbraak*: a professional outside the dossier's reach may open it for a while, giving a reason the resident sees. */
export const breakGlassPolicy = definePolicy<Part, 'create'>('breakGlass', 'create', {
  create: [{ roles: ['coach', 'teamSuperuser', 'consultant'], because: 'professionals of the social domain may break the glass, with a reason' }],
});
