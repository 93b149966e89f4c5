import type { ConnectorSandbox } from '@tributary/core';
import { createClaritySandbox } from '@tributary/connector-clarity/sandbox';
import { createCustomerioSandbox } from '@tributary/connector-customerio/sandbox';
import { createDelivraiSandbox } from '@tributary/connector-delivrai/sandbox';
import { createFathomSandbox } from '@tributary/connector-fathom/sandbox';
import { createGoogleAdsSandbox } from '@tributary/connector-google-ads/sandbox';
import { createGoogleAnalyticsSandbox } from '@tributary/connector-google-analytics/sandbox';
import { createO365Sandbox } from '@tributary/connector-o365/sandbox';
import { createLinkedInAdsSandbox } from '@tributary/connector-linkedin-ads/sandbox';
import { createMetaAdsSandbox } from '@tributary/connector-meta-ads/sandbox';
import { createHubSpotSandbox } from '@tributary/connector-hubspot/sandbox';
import { createSalesforceSandbox } from '@tributary/connector-salesforce/sandbox';
import { createStripeSandbox } from '@tributary/connector-stripe/sandbox';

/**
 * Where a sandbox is mounted, and the secret its OAuth server signs tokens
 * with (kept by the gateway across restarts, so sandbox connections survive them).
 */
export interface SandboxPlacement {
  baseUrl: string;
  tokenSecret?: string;
}

/** Every connector's sandbox factory (its simulator), by connector id. */
export const SANDBOX_FACTORIES: Readonly<Record<string, (at: SandboxPlacement) => ConnectorSandbox>> = {
  clarity: () => createClaritySandbox(),
  customerio: () => createCustomerioSandbox(),
  delivrai: () => createDelivraiSandbox(),
  fathom: () => createFathomSandbox(),
  'google-ads': (at) => createGoogleAdsSandbox(at.tokenSecret ? { tokenSecret: at.tokenSecret } : {}),
  'google-analytics': (at) => createGoogleAnalyticsSandbox(at.tokenSecret ? { tokenSecret: at.tokenSecret } : {}),
  // Graph's next and delta links are absolute: they point back at where the sandbox is mounted.
  o365: (at) => createO365Sandbox({ baseUrl: at.baseUrl, ...(at.tokenSecret ? { tokenSecret: at.tokenSecret } : {}) }),
  // Graph's next-page links are absolute: they point back at where the sandbox is mounted.
  'meta-ads': (at) => createMetaAdsSandbox({ baseUrl: at.baseUrl, ...(at.tokenSecret ? { tokenSecret: at.tokenSecret } : {}) }),
  'linkedin-ads': (at) => createLinkedInAdsSandbox(at.tokenSecret ? { tokenSecret: at.tokenSecret } : {}),
  hubspot: (at) => createHubSpotSandbox(at.tokenSecret ? { tokenSecret: at.tokenSecret } : {}),
  // instance_url in the sandbox's token response points back at where it is mounted.
  salesforce: (at) => createSalesforceSandbox({ instanceUrl: at.baseUrl, ...(at.tokenSecret ? { tokenSecret: at.tokenSecret } : {}) }),
  stripe: (at) => createStripeSandbox(at.tokenSecret ? { tokenSecret: at.tokenSecret } : {}),
};

/**
 * Fresh sandboxes for the given connector ids (default: every one that has a
 * simulator), for the gateway to mount when real vendor credentials are not
 * configured.
 *
 * @example
 * const sandboxes = createSandboxes((id) => ({ baseUrl: `http://127.0.0.1:3000/sandbox/${id}` })); sandboxes.get('stripe')?.apiKey
 */
export function createSandboxes(
  placementFor: (id: string) => SandboxPlacement,
  ids: readonly string[] = Object.keys(SANDBOX_FACTORIES),
): Map<string, ConnectorSandbox> {
  const out = new Map<string, ConnectorSandbox>();
  for (const id of ids) {
    const factory = SANDBOX_FACTORIES[id];
    if (factory) out.set(id, factory(placementFor(id)));
  }
  return out;
}
