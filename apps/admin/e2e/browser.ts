import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ADMIN_DIR, type Gateway } from './gateway.js';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Fails with the fix when Chromium is missing: these suites never skip, on a
 * developer's machine or in CI (`npm run test:services` installs it with
 * tools/services/chromium.sh).
 */
function requireChromium(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: run tools/services/chromium.sh`);
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, in a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
  requireChromium();
  const profile = await mkdtemp(join(tmpdir(), 'tributary-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 1000 },
    colorScheme: 'light',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Signs the gateway's first admin in from the Sensors page and waits for it. */
export async function signInAsAdmin(page: Page, gateway: Gateway): Promise<void> {
  await page.goto(`${gateway.url}/sensors`);
  await page.getByLabel('Email', { exact: true }).fill(gateway.admin.email);
  await page.getByLabel('Password', { exact: true }).fill(gateway.admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Sensors' }).waitFor();
}

export const OUTPUT_DIR = join(ADMIN_DIR, 'test-output');
const DOCS_DIR = join(ADMIN_DIR, '../../docs');

/** A full-page screenshot in test-output/ (an artifact); also in docs/ with TRIBUTARY_UPDATE_SCREENSHOTS=1 (for the README). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  // Toasts come and go; keep them out of the pictures.
  const hide = await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}.png`), fullPage: true });
  if (process.env['TRIBUTARY_UPDATE_SCREENSHOTS'] === '1') {
    await mkdir(DOCS_DIR, { recursive: true });
    await page.screenshot({ path: join(DOCS_DIR, `${name}.png`), fullPage: false });
  }
  await hide.evaluate((node) => node.remove());
}
