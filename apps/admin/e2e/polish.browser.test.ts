import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signInAsAdmin, type Browser } from './browser.js';
import { startGateway, type Gateway } from './gateway.js';

const SYNC_TIMEOUT = 90_000;
/** The Stripe sandbox's key (`createStripeSandbox().apiKey`), typed as a person would. */
const STRIPE_SANDBOX_KEY = 'sk_test_tributary_sandbox';

/**
 * Issue 14's console polish in a real Chromium against a real gateway:
 * unknown addresses inside the layout, one "connected" toast, a closable
 * account picker, people by name and a total in the data explorer,
 * channels by name on the dashboard, a confirmation before saving mappings
 * that reject every sample, and audit targets by name.
 */
describe('console polish in Chromium', () => {
  let gateway: Gateway;
  let browser: Browser;
  let page: Page;
  const nav = () => page.getByRole('navigation', { name: 'Main' });
  const stripe = () => page.getByRole('article', { name: 'Stripe' });

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

  it('shows an unknown address inside the layout, with the way back', async () => {
    await page.goto(`${gateway.url}/no-such-page`);
    await page.getByText('There is no page at this address').waitFor();
    expect(await nav().isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Go to Sensors' }).click();
    await page.getByRole('heading', { name: 'Sensors' }).waitFor();
  });

  it('connects Stripe with its key and syncs', async () => {
    await stripe().getByRole('button', { name: 'Connect' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect Stripe' });
    await dialog.getByLabel('Secret or restricted API key').fill(STRIPE_SANDBOX_KEY);
    await dialog.getByRole('button', { name: 'Verify and connect' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await stripe().getByTestId('status-badge').filter({ hasText: 'Connected' }).waitFor({ timeout: SYNC_TIMEOUT });
  });

  it('lets the Google Ads account picker close before a choice, and offers no Sync Now until one is made', async () => {
    const ads = page.getByRole('article', { name: 'Google Ads' });
    await ads.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Continue to Google Ads' }).click();
    await page.waitForURL(/\/sandbox\/google-ads\//);
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.waitForURL(/\/connectors\/[^/?]+\?select=1/);
    const picker = page.getByRole('dialog', { name: /Choose the Google Ads account/ });
    await picker.waitFor();
    await picker.locator('button.mantine-Modal-close').click();
    await picker.waitFor({ state: 'hidden' });
    await nav().getByRole('link', { name: 'Sensors' }).click();
    await ads.getByRole('link', { name: 'Choose account' }).waitFor();
    expect(await ads.getByRole('button', { name: 'Sync Now' }).count()).toBe(0);
    // The card's link opens the picker again; choosing starts the first sync (the dashboard below needs its metrics).
    await ads.getByRole('link', { name: 'Choose account' }).click();
    await picker.locator('input[type=radio]:not([disabled])').first().check();
    await picker.getByRole('button', { name: 'Sync this account' }).click();
    await page.getByTestId('status-badge').filter({ hasText: 'Connected' }).waitFor({ timeout: SYNC_TIMEOUT });
  });

  it('toasts "connected" once and clears the flag from the address', async () => {
    await nav().getByRole('link', { name: 'Sensors' }).click();
    const salesforce = page.getByRole('article', { name: 'Salesforce' });
    await salesforce.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Continue to Salesforce' }).click();
    await page.waitForURL(/\/sandbox\/salesforce\//);
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.waitForURL(/\/connectors\/[^/?]+\?connected=1/);
    await page.getByText('Salesforce connected').first().waitFor();
    await page.waitForURL((url) => !url.searchParams.has('connected'));
    await page.getByText('completed').first().waitFor({ timeout: SYNC_TIMEOUT });
    await page.getByRole('button', { name: 'Sync Now' }).click();
    await page.getByText('Sync started').or(page.getByText('A sync is already running')).first().waitFor();
    // At most one: the toast was seen above, and it may already have closed by itself (it auto-closes, and the
    // first sync can outlast it on a busy machine); before the fix a refetch added a copy each time.
    expect(await page.getByText('Salesforce connected').count()).toBeLessThanOrEqual(1);
  });

  it('names the person of an activity and counts the rows in the data explorer', async () => {
    await page.goto(`${gateway.url}/data?entity=activities`);
    const table = page.getByRole('table', { name: 'Activities' });
    await table.waitFor();
    expect(await page.getByTestId('records-total').textContent()).toMatch(/^Page 1 of \d+ · [\d,]+ activities$/);
    const people = await table.getByTestId('record-row').evaluateAll((rows) => rows.map((r) => r.children[2]?.textContent ?? ''));
    expect(people.length).toBeGreaterThan(0);
    expect(people.filter((p) => /^(cus_|00Q|003)/.test(p))).toEqual([]);
  });

  it('names the channels on the dashboard', async () => {
    const table = page.getByRole('table', { name: 'Channel performance' });
    await expect
      .poll(
        async () => {
          await page.goto(`${gateway.url}/dashboard`);
          return table.waitFor({ timeout: 5_000 }).then(
            () => true,
            () => false,
          );
        },
        { timeout: SYNC_TIMEOUT, interval: 2_000 },
      )
      .toBe(true);
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('Google Ads');
    expect(text).not.toMatch(/google_ads/);
  });

  it('asks before saving mappings that reject every sample row', async () => {
    await nav().getByRole('link', { name: 'Sensors' }).click();
    await stripe().getByRole('link', { name: 'Details' }).click();
    await page.getByRole('tab', { name: 'Field mappings' }).click();
    await page.locator('label').filter({ hasText: 'charges → charge' }).click();
    await page.getByLabel('Source of externalId', { exact: true }).fill('no.such.field');
    const preview = page.getByTestId('mapping-preview');
    await expect.poll(() => preview.getByText('Valid', { exact: true }).count(), { timeout: 15_000 }).toBe(0);
    await preview.getByText('Would be rejected').first().waitFor();
    await page.getByRole('button', { name: 'Save mappings' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Every sample row would be rejected' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await page.getByText('Field mappings saved').count()).toBe(0);
  });

  it('names the targets in the audit log', async () => {
    await page.goto(`${gateway.url}/settings?tab=audit`);
    const table = page.getByRole('table', { name: 'Audit log' });
    await table
      .getByText(/^connector Stripe/)
      .first()
      .waitFor();
  });
});
