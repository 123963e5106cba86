import { definePolicy } from '../../platform/policy/index.js';

export interface TenantSettingsObject {
  tenantId: string;
}

export const tenantSettingsPolicy = definePolicy<TenantSettingsObject, 'read' | 'update'>('tenantSettings', 'read', {
  read: [{ roles: ['functionalAdmin'], because: 'settings are the functional administrator’s' }],
  update: [{ roles: ['functionalAdmin'], because: 'settings are the functional administrator’s' }],
});
