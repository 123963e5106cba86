export { tenancyRoutes } from './routes.js';
export { settingsRoutes } from './settings-routes.js';
export { tenantSettingsPolicy } from './policy.js';
export { settingsOf, type TenantSettings } from './settings.js';
