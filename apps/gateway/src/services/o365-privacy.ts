import { normalizeDomain } from '@tributary/core';
import { forTenant, type O365ConfigRow } from '@tributary/db';
import { z } from 'zod';
import type { Principal } from '../auth/principal.js';
import type { GatewayRuntime } from '../runtime.js';
import { audit } from './audit.js';
import { connectorRow } from './connection.js';
import { InputError } from './errors.js';

/** The version of the Data Processing Agreement text below; an acceptance records it. */
export const O365_DPA_VERSION = '2026-12';

/** The DPA an admin or manager accepts for the tenant before any Office 365 data is read (shown in the console). */
export const O365_DPA_TEXT = [
  'Data Processing Agreement for Office 365 email and calendar metadata (version 2026-12).',
  'You (the controller) instruct Tributary (the processor) to read, from the mailboxes you connect, only the metadata of messages and meetings: sender and recipient addresses and names in the domains you allow, times, message and conversation identifiers (the Message-ID hashed), and subjects only if you enable them. Message bodies, previews, attachments and meeting descriptions, locations and join links are never read or stored.',
  'Addresses in your own domain and in domains you have not allowed are never stored; they are only counted. With no allowed domain, nothing is read. You confirm you have a lawful basis and have informed the mailbox owners and, where required, their correspondents.',
  'Data is stored encrypted in transit and at rest in your Tributary database, scoped to your tenant, kept until you delete the connector or its data, and is not shared with third parties. Access tokens are encrypted at rest and never logged. You may withdraw by disconnecting or removing the connector.',
].join('\n\n');

const Domain = z
  .string()
  .max(253)
  .transform((d) => normalizeDomain(d.replace(/^@/, '')))
  .pipe(z.string().regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'A domain such as acme.com'));

/** `updateO365Privacy`'s input: the allowlist, the tenant's own domain, whether subjects are read. */
export const O365PrivacyInput = z
  .object({
    allowedDomains: z.array(Domain).max(500, 'At most 500 domains'),
    ownDomain: Domain.nullable(),
    includeSubjects: z.boolean(),
  })
  .superRefine((input, ctx) => {
    const own = input.ownDomain;
    input.allowedDomains.forEach((d, i) => {
      if (own && (d === own || d.endsWith(`.${own}`))) {
        ctx.addIssue({ code: 'custom', path: ['allowedDomains', i], message: `${d} is your own domain, which is always excluded` });
      }
    });
  });
export type O365PrivacyInput = z.input<typeof O365PrivacyInput>;

/** The privacy record with what the console shows beside it. */
export type O365PrivacyView = O365ConfigRow & { currentDpaVersion: string; dpaText: string };

const view = (row: O365ConfigRow): O365PrivacyView => ({ ...row, currentDpaVersion: O365_DPA_VERSION, dpaText: O365_DPA_TEXT });

async function o365Row(rt: GatewayRuntime, principal: Principal, connectorId: string) {
  const row = await connectorRow(rt, principal.tenantId, connectorId);
  if (row.type !== 'o365')
    throw new InputError('Privacy settings exist for Office 365 connectors only', [
      { path: 'connectorId', message: 'not an Office 365 connector' },
    ]);
  return row;
}

/** The Office 365 privacy record of a connector (the most restrictive default when none was saved). */
export async function o365Privacy(rt: GatewayRuntime, principal: Principal, connectorId: string): Promise<O365PrivacyView> {
  await o365Row(rt, principal, connectorId);
  return view(await forTenant(rt.db.prisma, principal.tenantId).o365Config.get(connectorId));
}

/** Accept the DPA for the tenant's connector (the version shown must be the current one), audited. */
export async function acceptO365Dpa(
  rt: GatewayRuntime,
  principal: Principal,
  connectorId: string,
  version: string,
): Promise<O365PrivacyView> {
  await o365Row(rt, principal, connectorId);
  if (version !== O365_DPA_VERSION) {
    throw new InputError('The Data Processing Agreement changed since it was shown: read the current version and accept it again', [
      { path: 'version', message: `current version is ${O365_DPA_VERSION}` },
    ]);
  }
  const row = await forTenant(rt.db.prisma, principal.tenantId).o365Config.acceptDpa(connectorId, { by: principal.email, version });
  await audit(rt.db.prisma, principal, 'connector.privacy.dpa_accept', 'connector', connectorId, { version });
  return view(row);
}

/** Change the allowlist, own domain and subjects (validated), audited with the new values. */
export async function updateO365Privacy(
  rt: GatewayRuntime,
  principal: Principal,
  connectorId: string,
  input: O365PrivacyInput,
): Promise<O365PrivacyView> {
  await o365Row(rt, principal, connectorId);
  const parsed = O365PrivacyInput.safeParse(input);
  if (!parsed.success) {
    throw new InputError(
      'Invalid privacy settings',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  const row = await forTenant(rt.db.prisma, principal.tenantId).o365Config.updatePrivacy(connectorId, parsed.data);
  await audit(rt.db.prisma, principal, 'connector.privacy.update', 'connector', connectorId, { ...parsed.data });
  return view(row);
}
