// Serves the built Lit client; any other page GET gets index.html (client routing), and
// everything else unknown a 404 in the error shape.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { errors } from '../errors.ts';

export default fp(async (app: FastifyInstance, opts: { root: string }) => {
  const built = existsSync(path.join(opts.root, 'index.html'));
  if (!built) app.log.warn(`no built client in ${opts.root}; run "npm run build" to serve the web page`);
  else await app.register(fastifyStatic, {
    root: opts.root,
    wildcard: false,
    index: false,
    setHeaders: (res, file) => {
      // Vite puts content hashes in asset names; everything else must be revalidated.
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0] ?? '/';
    const wantsPage = built && (req.method === 'GET' || req.method === 'HEAD') && !url.startsWith('/api/') && url !== '/api';
    if (wantsPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.code(404).send(errors.routeNotFound(req.method, url).toBody());
  });
});
