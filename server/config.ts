// Configuration, read once from the environment and validated.
import path from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be between 0 and 65535' })
    .max(65535, { error: 'must be between 0 and 65535' })
    .default(3000),
  HOST: z.string().min(1, { error: 'must not be empty' }).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, { error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  LEIDRAAD_DATA_DIR: z.string().min(1, { error: 'must not be empty' }).default('./data'),
  LEIDRAAD_TOPICLISTS_DIR: z.string().min(1, { error: 'must not be empty' }).default('./topiclists'),
  LEIDRAAD_IDENTITY_KEY: z.string().optional(),
  LEIDRAAD_ADMIN_EMAIL: z.email({ error: 'must be an e-mail address' }).optional(),
  LEIDRAAD_ADMIN_PASSWORD: z.string().min(10, { error: 'must be at least 10 characters' }).optional(),
  LEIDRAAD_TRUST_PROXY: z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
});

export interface Config {
  port: number;
  host: string;
  /** Set: a real PostgreSQL server; unset: the embedded database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  topiclistsDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** 32 bytes (hex or base64); when unset, a key file in the data folder is made and used. */
  identityKey: string | undefined;
  admin: { email?: string; password?: string };
  trustProxy: boolean;
}

export class ConfigError extends Error {}

/** Reads the environment; throws one `ConfigError` naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset, as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      // Never echo secrets back, not even in an error.
      const shown = /PASSWORD|KEY/.test(name) ? '' : ` (got ${JSON.stringify(env[name])})`;
      return `${name} ${issue.message}${shown}`;
    });
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (Boolean(e.LEIDRAAD_ADMIN_EMAIL) !== Boolean(e.LEIDRAAD_ADMIN_PASSWORD)) {
    throw new ConfigError('invalid configuration: LEIDRAAD_ADMIN_EMAIL and LEIDRAAD_ADMIN_PASSWORD go together');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.LEIDRAAD_DATA_DIR),
    topiclistsDir: path.resolve(e.LEIDRAAD_TOPICLISTS_DIR),
    logLevel: e.LOG_LEVEL,
    identityKey: e.LEIDRAAD_IDENTITY_KEY,
    admin: { email: e.LEIDRAAD_ADMIN_EMAIL, password: e.LEIDRAAD_ADMIN_PASSWORD },
    trustProxy: e.LEIDRAAD_TRUST_PROXY === 'true' || e.LEIDRAAD_TRUST_PROXY === '1',
  };
}
