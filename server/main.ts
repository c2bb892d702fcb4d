// Starts leidraad: reads the configuration, opens and migrates the database, loads the
// shipped topic lists, listens, and shuts down gracefully.
import { mkdir } from 'node:fs/promises';
import { buildApp } from './app.ts';
import { loadIdentityKey } from './auth/identity-key.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { acquireDataDirLock } from './db/data-dir-lock.ts';
import { prepareFirstLead } from './services/accounts.ts';
import { loadTopicListFiles } from './topiclist/load-files.ts';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`leidraad: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }

  const releaseLock = config.databaseUrl ? undefined : await acquireDataDirLock(config.dataDir);
  const database = await openDatabase(config);
  await database.migrate();
  await mkdir(config.dataDir, { recursive: true });
  const identityKey = await loadIdentityKey(config.identityKey, config.dataDir, console);
  const app = await buildApp({ database, identityKey, trustProxy: config.trustProxy, logger: { level: config.logLevel } });
  await loadTopicListFiles(database.db, config.topiclistsDir, app.log);
  // Printed, not logged: the token is for the person at the console, not for log storage.
  await prepareFirstLead(database.db, config.admin, (line) => console.log(line), app.log);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal} received, shutting down`);
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await app.close();
    await database.close();
    await releaseLock?.();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    `leidraad ready on http://${config.host}:${config.port} (database: ${database.kind === 'embedded' ? `embedded, ${config.dataDir}` : 'postgres'})`,
  );
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`leidraad: could not start: ${message}`);
  process.exit(1);
});
