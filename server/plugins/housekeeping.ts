// Removes expired sessions and pairing codes at start and every hour.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { deleteExpired } from '../queries/sessions.ts';

const HOUR = 3600_000;

export default fp(async (app: FastifyInstance) => {
  let timer: NodeJS.Timeout | undefined;
  const run = () =>
    deleteExpired(app.database.db).catch((err: unknown) => app.log.warn({ err }, 'housekeeping failed; will retry'));
  app.addHook('onReady', async () => {
    await run();
    timer = setInterval(run, HOUR).unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
});
