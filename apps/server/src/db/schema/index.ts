export * from './tenancy.js';
export * from './audit.js';
export * from './identity.js';
export * from './mail.js';
export * from './settings.js';
export * from './dossier.js';
export * from './portal.js';
export * from './plan.js';
