// Maps every error to the stable error shape; the only place that chooses an HTTP status.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorIssue, errors } from '../errors.ts';

export default fp(async (app: FastifyInstance) => {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(err, app);
    if (appError.status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: appError.code }, appError.message);
    return reply.code(appError.status).type('application/json').send(appError.toBody());
  });
});

function toAppError(err: FastifyError, app: FastifyInstance): AppError {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues: ErrorIssue[] = err.validation.map((v) => ({
      path: pointerToPath(v.instancePath),
      message: v.message ?? 'is invalid',
    }));
    return err.validationContext === 'body' ? errors.invalidBody(issues) : errors.invalidParams(issues);
  }
  const fromDb = databaseError(err);
  if (fromDb) return fromDb;
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return errors.tooLarge(app.initialConfig.bodyLimit ?? 0);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return errors.unsupportedMediaType(undefined, ['application/json']);
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    if (err.statusCode === 415) return errors.unsupportedMediaType(undefined, ['application/json']);
    if (err.statusCode === 413) return errors.tooLarge(app.initialConfig.bodyLimit ?? 0);
    return errors.malformed(err.statusCode === 400 ? err.message : `The request was refused: ${err.message}`);
  }
  return errors.internal();
}

/** Postgres errors that a client's request can cause, by SQLSTATE; both drivers set `code`. */
function databaseError(err: unknown): AppError | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string' || code.startsWith('FST_')) continue;
    if (code === '23505') return errors.conflict('conflict.duplicate', 'That already exists.');
    if (code === '23503') return errors.conflict('conflict.in_use', 'That is still in use (or refers to something that does not exist), so it was left as it was.');
    if (code === 'LD001') return errors.conflict('conflict.immutable', 'Stored versions cannot be changed.');
    if (code === 'ECONNREFUSED' || code.startsWith('08') || code === '57P01' || code === 'CONNECTION_CLOSED') {
      return errors.databaseUnavailable();
    }
  }
  return undefined;
}

/** `/levels/0/topics` -> `levels[0].topics` */
function pointerToPath(pointer: string | undefined): string {
  if (!pointer) return '';
  return pointer
    .split('/')
    .filter(Boolean)
    .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : `.${seg.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('')
    .replace(/^\./, '');
}
