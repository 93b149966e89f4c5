import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signInAsAdmin, type Browser } from './browser.js';
import { startGateway, type Gateway } from './gateway.js';

const SYNC_TIMEOUT = 90_000;
/** The Stripe sandbox's key (`createStripeSandbox().apiKey`), typed as a person would. */
const STRIPE_SANDBOX_KEY = 'sk_test_tributary_sandbox';

/**
 * The Attribution page in a real Chromium against a real gateway: after the
 * Stripe sandbox's first sync, its payments are unified and attributed (the
 * sandbox tags no campaigns, so they land under "No touch"), and the model
 * selector asks the gateway again.
 */
describe('attribution in Chromium', () => {
  let gateway: Gateway;
  let browser: Browser;
  let page: Page;
  const table = () => page.getByRole('table', { name: 'Attribution by campaign' });

  beforeAll(async () => {
    gateway = await startGateway();
    browser = await launchBrowser();
    page = browser.page;
    await signInAsAdmin(page, gateway);
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  it('connects the Stripe sandbox and syncs', async () => {
    const stripe = page.getByRole('article', { name: 'Stripe' });
    await stripe.getByRole('button', { name: 'Connect' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect Stripe' });
    await dialog.getByLabel('Secret or restricted API key').fill(STRIPE_SANDBOX_KEY);
    await dialog.getByRole('button', { name: 'Verify and connect' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await stripe.getByTestId('status-badge').filter({ hasText: 'Connected' }).waitFor({ timeout: SYNC_TIMEOUT });
  });

  it('shows the synced revenue by campaign, with money formatted, under each model', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Attribution' }).click();
    await page.getByRole('heading', { name: 'Attribution' }).waitFor();
    await page.getByRole('button', { name: '1 year' }).click();
    const untouched = table()
      .getByRole('row', { name: /No touch/ })
      .first();
    await untouched.waitFor({ timeout: 30_000 });
    const revenue = (await untouched.getByRole('cell').nth(2).textContent()) ?? '';
    expect(revenue).toMatch(/[$€£]\s?[\d,]+\.\d{2}/);
    await page.getByText('Linear', { exact: true }).click();
    await page.waitForURL(/model=LINEAR/);
    await table()
      .getByRole('row', { name: /No touch/ })
      .first()
      .waitFor();
  });
});
