import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';

describe('configuration', () => {
  it('defaults to the embedded database in ./data on 127.0.0.1:3000', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: path.resolve('data'),
      topiclistsDir: path.resolve('topiclists'),
      logLevel: 'info',
      identityKey: undefined,
      admin: { email: undefined, password: undefined },
      trustProxy: false,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u:p@db:5432/leidraad',
      LEIDRAAD_DATA_DIR: '/var/lib/leidraad',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', databaseUrl: 'postgres://u:p@db:5432/leidraad', dataDir: '/var/lib/leidraad', logLevel: 'debug' });
  });

  it('wants the first lead e-mail address and password together, and never echoes the password', () => {
    expect(() => loadConfig({ LEIDRAAD_ADMIN_EMAIL: 'lead@example.org' })).toThrow('LEIDRAAD_ADMIN_EMAIL and LEIDRAAD_ADMIN_PASSWORD go together');
    expect(() => loadConfig({ LEIDRAAD_ADMIN_EMAIL: 'lead@example.org', LEIDRAAD_ADMIN_PASSWORD: 'short' })).toThrow(
      /^invalid configuration: LEIDRAAD_ADMIN_PASSWORD must be at least 10 characters$/,
    );
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });

  it.each([
    [{ PORT: '70000' }, 'invalid configuration: PORT must be between 0 and 65535 (got "70000")'],
    [{ PORT: '3.5' }, 'invalid configuration: PORT must be a whole number (got "3.5")'],
    [{ DATABASE_URL: 'mysql://x' }, 'invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://x")'],
    [{ LOG_LEVEL: 'verbose' }, 'invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")'],
  ])('rejects %o with one sentence', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
