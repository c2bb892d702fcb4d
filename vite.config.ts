import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Absolute paths: server/build-client.ts runs this config from whatever the cwd is.
const root = fileURLToPath(new URL('./client', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/client', import.meta.url));
const api = 'http://127.0.0.1:3000';

// Lit decorators: the TypeScript transform (oxc) reads experimentalDecorators and
// useDefineForClassFields from tsconfig.json, so no transform options are needed here.
export default defineConfig({
  root,
  publicDir: 'public',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // The app runs offline behind `default-src 'self'`: no inlined data: assets.
    assetsInlineLimit: 0,
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': api,
      '/docs': api,
    },
  },
});
