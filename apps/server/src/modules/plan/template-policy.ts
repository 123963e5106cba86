import { sql } from 'drizzle-orm';
import { definePolicy, type Role } from '../../platform/policy/index.js';

const planMakers: readonly Role[] = ['coach', 'consultant', 'teamSuperuser', 'providerProfessional'];

export interface TemplateObject {
  tenantId: string;
  /** The caller is in one of the user groups the template is limited to. */
  inMyGroups: boolean;
  published: boolean;
}

/** SQL over a template aliased `t`: the caller is a member of one of its user groups. */
export const inMyGroupsSql = (personId: string) =>
  sql`exists (select 1 from plan_template_group g join user_group_member m on m.user_group_id = g.user_group_id
                where g.template_id = t.id and m.person_id = ${personId}::uuid)`;

/** Templates: the functional administrator builds and publishes them; professionals use those of their user groups. */
export const templatePolicy = definePolicy<TemplateObject, 'read' | 'manage' | 'use'>('planTemplate', 'read', {
  read: [
    { roles: ['functionalAdmin'], because: 'the functional administrator keeps all templates' },
    {
      roles: planMakers,
      because: 'professionals see the published templates of their user groups (seed 001)',
      when: (_s, o) => o.inMyGroups && o.published,
      where: (s) => sql`(${inMyGroupsSql(s.personId)} and exists (select 1 from plan_template_version v where v.template_id = t.id))`,
    },
  ],
  manage: [{ roles: ['functionalAdmin'], because: 'only the functional administrator changes and publishes templates' }],
  use: [{ roles: planMakers, because: 'a professional makes a plan from a published template of their group', when: (_s, o) => o.inMyGroups && o.published }],
});
