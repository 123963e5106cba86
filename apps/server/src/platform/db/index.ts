export { openDatabase, inTenant, inTenantHeldForRequest, queryRows, APP_ROLE } from './database.js';
export { runInRequestScope, releaseHeld } from './request-transaction.js';
export type { Database, Db, Tx, Schema } from './database.js';
