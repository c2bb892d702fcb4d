// Real Chromium for the client tests (playwright-core drives the system browser).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumAvailable: boolean = existsSync(CHROMIUM_PATH);

/**
 * Why browser tests skip here, or undefined when they run. Under CI they never skip:
 * a missing browser there must fail loudly, not pass quietly.
 */
export const skipReason: string | undefined =
  chromiumAvailable || process.env.CI ? undefined : `${CHROMIUM_PATH} not found; browser tests skipped (set CI=1 to fail instead)`;

/** For `describe.skipIf(skipBrowserTests)(...)`; warns once with the reason. */
export const skipBrowserTests: boolean = skipReason !== undefined;
if (skipReason) console.warn(skipReason);

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Saves a screenshot as tests/artifacts/<name>.png (git-ignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string, { fullPage = false } = {}): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
