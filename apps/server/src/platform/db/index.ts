export { openDatabase, inTenant, queryRows, APP_ROLE } from './database.js';
export type { Database, Db, Tx, Schema } from './database.js';
