// Builds the Fastify app from options; starting and stopping it is main.ts's business.
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from './db/database.ts';
import client from './plugins/client.ts';
import docs from './plugins/docs.ts';
import errorHandler from './plugins/error-handler.ts';
import health from './routes/health.ts';
import topiclists from './routes/topiclists.ts';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
  }
}

export interface AppOptions {
  database: Database;
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built client; defaults to dist/client. */
  clientDir?: string;
  /** Largest request body in bytes (413 beyond). */
  bodyLimit?: number;
}

export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../dist/client', import.meta.url));

export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', options.database);

  await app.register(errorHandler);
  await app.register(docs);
  await app.register(
    async (api) => {
      await api.register(health);
      await api.register(topiclists);
    },
    { prefix: '/api' },
  );
  await app.register(client, { root: options.clientDir ?? DEFAULT_CLIENT_DIR });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
