import { ConfigError, loadConfig, type Config } from '../config.js';
import { lockDataDir } from '../platform/data-dir-lock.js';
import { openDatabase, type Database } from '../platform/db/index.js';

/** Opens the configured database for an operator command, with the same checks and data-folder lock as the server. */
export async function openConfiguredDatabase(): Promise<{ database: Database; config: Config; done: () => Promise<void> }> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) console.error(`Configuration error: ${problem}`);
      process.exit(1);
    }
    throw error;
  }
  const release = config.database.kind === 'pglite' && config.database.dataDir ? lockDataDir(config.dataDir) : () => {};
  const database = await openDatabase(config.database);
  return {
    database,
    config,
    done: async () => {
      await database.close();
      release();
    },
  };
}
