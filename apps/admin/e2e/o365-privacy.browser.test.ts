import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { launchBrowser, screenshot, type Browser } from './browser.js';
import { startGateway, type Gateway } from './gateway.js';

const SYNC_TIMEOUT = 60_000;
/** The Office 365 sandbox's mailbox domain and one of the companies it writes to (libs/connectors/o365/src/sandbox/world.ts). */
const OWN_DOMAIN = 'northwind.example';
const ALLOWED = 'acme.example';

const Stored = z.object({
  data: z.object({
    activities: z.object({
      edges: z.array(z.object({ node: z.object({ type: z.string(), properties: z.record(z.string(), z.unknown()).nullable() }) })),
    }),
    activityParticipants: z.object({
      edges: z.array(z.object({ node: z.object({ email: z.string().nullable(), internal: z.boolean().nullable() }) })),
    }),
  }),
});

/** What the gateway stored for the connector, asked as the console asks (the session's JSON POST). */
async function stored(page: Page, connectorId: string): Promise<z.infer<typeof Stored>['data']> {
  const query = `query ($f: CanonicalFilter) {
    activities(first: 200, filter: $f) { edges { node { type properties } } }
    activityParticipants(first: 200, filter: $f) { edges { node { email internal } } }
  }`;
  const body = await page.evaluate(
    async ([q, id]) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q, variables: { f: { connectorId: id } } }),
      });
      return response.json();
    },
    [query, connectorId] as const,
  );
  return Stored.parse(body).data;
}

/**
 * The Office 365 Privacy tab in a real Chromium against a real gateway with
 * the sandbox: connect through the Microsoft consent screen, see the first
 * sync refused until the DPA is accepted, accept it, allow one domain, sync,
 * and find only that domain's people stored, with no subjects.
 */
describe('Office 365 privacy in the console', () => {
  let gateway: Gateway;
  let browser: Browser;
  let page: Page;
  let connectorId = '';

  beforeAll(async () => {
    gateway = await startGateway();
    browser = await launchBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  it('connects Office 365 from the Communications category through the Microsoft consent screen', async () => {
    await page.goto(`${gateway.url}/sensors`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Email', { exact: true }).fill(gateway.admin.email);
    await page.getByLabel('Password', { exact: true }).fill(gateway.admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const card = page.getByRole('region', { name: 'Communications' }).getByRole('article', { name: 'Office 365' });
    await card.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Continue to Office 365' }).click();
    await page.waitForURL(/\/sandbox\/o365\/organizations\/oauth2\/v2\.0\/authorize/);
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.waitForURL(/\/connectors\/[^/?]+\?connected=1/);
    connectorId = /\/connectors\/([^/?]+)/.exec(page.url())?.[1] ?? '';
    expect(connectorId).not.toBe('');
  });

  it('refuses the first sync until the DPA is accepted, and says where to accept it', async () => {
    await page
      .getByText(/sync is blocked until the Data Processing Agreement is accepted/)
      .first()
      .waitFor({ timeout: SYNC_TIMEOUT });
    expect((await stored(page, connectorId)).activities.edges).toEqual([]);
    await page.getByRole('tab', { name: 'Privacy' }).click();
    await page.getByText('Syncing is blocked until the Data Processing Agreement is accepted.').waitFor();
    expect(await page.getByRole('button', { name: 'Accept the agreement' }).isDisabled()).toBe(true);
  });

  it('accepts the DPA once it is ticked as read, and records who accepted it', async () => {
    await page.getByLabel('I have read the agreement and accept it on behalf of my company').check();
    await page.getByRole('button', { name: 'Accept the agreement' }).click();
    await page.getByText(`Accepted by ${gateway.admin.email}`).waitFor();
    await expect.poll(() => page.getByText('Syncing is blocked').count()).toBe(0);
  });

  it('saves one allowed domain and the own domain, then syncs only those correspondents, without subjects', async () => {
    const domains = page.getByRole('combobox', { name: 'Allowed domains' });
    await domains.fill(ALLOWED);
    await domains.press('Enter');
    await page.getByLabel('Your own domain').fill(OWN_DOMAIN);
    await page.getByRole('button', { name: 'Save privacy settings' }).click();
    await page.getByText('Privacy settings saved').first().waitFor();
    await screenshot(page, 'connector-o365-privacy');
    await page.getByRole('button', { name: 'Sync Now' }).click();
    await page.getByRole('tab', { name: 'Activity' }).click();
    await page.getByTestId('sync-log-row').filter({ hasText: 'completed' }).first().waitFor({ timeout: SYNC_TIMEOUT });
    const data = await stored(page, connectorId);
    expect(data.activities.edges.length).toBeGreaterThan(0);
    expect(data.activities.edges.every(({ node }) => node.properties?.['subject'] === undefined)).toBe(true);
    const emails = data.activityParticipants.edges.map(({ node }) => node.email ?? '');
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.filter((email) => !email.endsWith(`@${ALLOWED}`))).toEqual([]);
    expect(data.activityParticipants.edges.every(({ node }) => node.internal === false)).toBe(true);
  });
});
