import { definePolicy } from '../../../platform/policy/index.js';
import type { AccountObject } from '../policy.js';

/**
 * Professionals' accounts as the administrator manages them in /werk/beheer: inviting staff and changing what they
 * may do (roles, teams, user groups). Kept apart from `accountPolicy`, whose `update` lets everyone change their own
 * password: rights are never one's own to give.
 */
export const staffPolicy = definePolicy<AccountObject, 'read' | 'invite' | 'manageRights'>('staff', 'read', {
  read: [{ roles: ['functionalAdmin'], because: 'functional administrators manage the professionals of the tenant' }],
  invite: [{ roles: ['functionalAdmin'], because: 'functional administrators invite professionals and give them their roles' }],
  manageRights: [{ roles: ['functionalAdmin'], because: 'roles, teams and user groups are given by the functional administrator (self-lockout is refused apart)' }],
});
