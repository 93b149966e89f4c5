import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { launchBrowser, screenshot, type Browser } from './browser.js';
import { startGateway, type Gateway } from './gateway.js';

const INVITEE = 'invitee@example.com';
const Me = z.object({ data: z.object({ me: z.object({ email: z.string(), role: z.string() }) }) });

/** Who the page's session is, asked as the console asks (a JSON POST with the cookie). */
async function whoAmI(page: Page) {
  const body = await page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { email role } }' }),
    });
    return response.json();
  });
  return Me.parse(body).data.me;
}

async function signIn(page: Page, url: string, email: string, password: string) {
  await page.goto(`${url}/login`);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Accounts in a real Chromium against a real gateway: an admin invites
 * someone (no password is ever typed for them), the invited person opens
 * the link in their own browser, chooses a password and lands in the
 * console; the link does not work twice; they change their password, and
 * only the new one signs them in.
 */
describe('invitations and passwords in Chromium', () => {
  let gateway: Gateway;
  let admin: Browser;
  let invitee: Browser;
  let link = '';
  const newPassword = 'the-invitee-chose-this';

  beforeAll(async () => {
    gateway = await startGateway();
    [admin, invitee] = await Promise.all([launchBrowser(), launchBrowser()]);
  });

  afterAll(async () => {
    await admin?.close();
    await invitee?.close();
    await gateway?.close();
  });

  it('an admin invites by email and is shown the link once', async () => {
    const page = admin.page;
    await signIn(page, gateway.url, gateway.admin.email, gateway.admin.password);
    await page.getByRole('heading', { name: 'Sensors' }).waitFor();
    await page.goto(`${gateway.url}/settings?tab=members`);
    await page.getByRole('textbox', { name: /^Email/ }).fill(INVITEE);
    await page.getByRole('button', { name: 'Invite' }).click();
    link = (await page.getByTestId('invitation-link').textContent())?.trim() ?? '';
    expect(link).toMatch(new RegExp(`^${gateway.url}/invite#tri_[A-Za-z0-9_-]+$`));
    await page.getByRole('table', { name: 'Pending invitations' }).getByText(INVITEE).waitFor();
    await screenshot(page, 'members-invite');
  });

  it('the invited person opens the link, chooses a password and is signed in', async () => {
    const page = invitee.page;
    await page.goto(link);
    await page.getByRole('heading', { name: 'Join My Company' }).waitFor();
    expect(await page.getByText(`invited as ${INVITEE}`).isVisible()).toBe(true);
    await page.getByLabel('Your name').fill('Ivy Invitee');
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Repeat the password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Join My Company' }).click();
    await page.getByRole('heading', { name: 'Sensors' }).waitFor();
    expect(await whoAmI(page)).toEqual({ email: INVITEE, role: 'viewer' });
  });

  it('the link does not work a second time, and the admin sees the new member', async () => {
    await invitee.page.goto(link);
    await invitee.page.getByText('This invitation link does not work').waitFor();
    await admin.page.reload();
    await admin.page.getByRole('table', { name: 'Members' }).getByText(INVITEE).waitFor();
  });

  it('changes the password; only the new one signs in', async () => {
    const page = invitee.page;
    const changed = 'changed-it-myself-2';
    await page.goto(`${gateway.url}/sensors`);
    await page.getByRole('button', { name: 'Account' }).click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change password' });
    await dialog.getByLabel('Current password', { exact: true }).fill(newPassword);
    await dialog.getByLabel('New password', { exact: true }).fill(changed);
    await dialog.getByLabel('Repeat the new password', { exact: true }).fill(changed);
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed').waitFor();
    expect(await whoAmI(page)).toMatchObject({ email: INVITEE });

    await page.getByRole('button', { name: 'Account' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    await signIn(page, gateway.url, INVITEE, newPassword);
    await page.getByText('Could not sign in').waitFor();
    await signIn(page, gateway.url, INVITEE, changed);
    await page.getByRole('heading', { name: 'Sensors' }).waitFor();
    expect(await whoAmI(page)).toMatchObject({ email: INVITEE });
  });
});
