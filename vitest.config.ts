import { defineConfig } from 'vitest/config';

// API tests run once per database driver: the embedded PGlite always, a real PostgreSQL
// server when TEST_DATABASE_URL is set (CI always sets it). Browser tests use the real
// server when there is one.
const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) {
  if (process.env.CI) throw new Error('CI must set TEST_DATABASE_URL: API tests must run on a real PostgreSQL server');
  console.warn('TEST_DATABASE_URL is not set: API tests run on the embedded database only (set it to a postgres:// URL to run them on a real server too)');
}

const driverProject = (driver: 'embedded' | 'postgres', include: string[], name: string = driver) => ({
  extends: true as const,
  test: {
    name,
    include,
    env: { TEST_DRIVER: driver },
    globalSetup: [`tests/helpers/global-${driver}.ts`],
  },
});

export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts'] } },
      driverProject('embedded', ['tests/api/**/*.test.ts', 'tests/process/**/*.test.ts']),
      ...(pgUrl ? [driverProject('postgres', ['tests/api/**/*.test.ts', 'tests/process/**/*.test.ts'])] : []),
      driverProject(pgUrl ? 'postgres' : 'embedded', ['tests/browser/**/*.test.ts'], 'browser'),
    ],
  },
});
