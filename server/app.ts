// Builds the Fastify app from options; starting and stopping it is main.ts's business.
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { IdentityKey } from './auth/identity-crypto.ts';
import type { Database } from './db/database.ts';
import auth from './plugins/auth.ts';
import client from './plugins/client.ts';
import docs from './plugins/docs.ts';
import errorHandler from './plugins/error-handler.ts';
import housekeeping from './plugins/housekeeping.ts';
import liveEvents from './plugins/live-events.ts';
import security from './plugins/security.ts';
import audit from './routes/audit.ts';
import exportsRoutes from './routes/exports.ts';
import health from './routes/health.ts';
import interviews from './routes/interviews.ts';
import matrices from './routes/matrices.ts';
import pairing from './routes/pairing.ts';
import respondents from './routes/respondents.ts';
import session from './routes/session.ts';
import setup from './routes/setup.ts';
import studies from './routes/studies.ts';
import topiclistCompare from './routes/topiclist-compare.ts';
import topiclistDrafts from './routes/topiclist-drafts.ts';
import topiclists from './routes/topiclists.ts';
import users from './routes/users.ts';

export interface Limits {
  /** Sign-in attempts (password, setup token, pairing code) per address. */
  signIn: { max: number; timeWindow: number };
}

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    identityKey: IdentityKey;
    limits: Limits;
  }
}

export const DEFAULT_LIMITS: Limits = { signIn: { max: 20, timeWindow: 60_000 } };

export interface AppOptions {
  database: Database;
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built client; defaults to dist/client. */
  clientDir?: string;
  /** Largest request body in bytes (413 beyond). */
  bodyLimit?: number;
  /** Seals respondent identities (AES-256-GCM). */
  identityKey: IdentityKey;
  limits?: Partial<Limits>;
  /** Behind a reverse proxy: trust its X-Forwarded-* headers (client address, https). */
  trustProxy?: boolean;
}

export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../dist/client', import.meta.url));

export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', options.database);
  app.decorate('identityKey', options.identityKey);
  app.decorate('limits', { ...DEFAULT_LIMITS, ...options.limits });

  await app.register(errorHandler);
  await app.register(security);
  await app.register(auth);
  await app.register(docs);
  await app.register(housekeeping);
  await app.register(liveEvents);
  await app.register(
    async (api) => {
      for (const routes of [health, setup, session, users, pairing, topiclists, topiclistCompare, topiclistDrafts, studies, respondents, interviews, matrices, exportsRoutes, audit]) {
        await api.register(routes);
      }
    },
    { prefix: '/api' },
  );
  await app.register(client, { root: options.clientDir ?? DEFAULT_CLIENT_DIR });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
