export { identityRoutes } from './routes.js';
export { accountRoutes } from './account-routes.js';
export { sessionRoutes } from './session-routes.js';
export { totpRoutes } from './totp-routes.js';
export { invitationRoutes } from './invitation-routes.js';
export { digidRoutes } from './digid-routes.js';
export { registerSessions } from './session.js';
export { hashPassword } from './password.js';
