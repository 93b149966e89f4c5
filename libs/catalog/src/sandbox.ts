import type { ConnectorSandbox } from '@tributary/core';
import { createGoogleAdsSandbox } from '@tributary/connector-google-ads/testing';
import { createSalesforceSandbox } from '@tributary/connector-salesforce/testing';
import { createStripeSandbox } from '@tributary/connector-stripe/testing';

/** Every connector's sandbox factory (its simulator), by connector id. `baseUrl` is where it will be mounted. */
export const SANDBOX_FACTORIES: Readonly<Record<string, (baseUrl: string) => ConnectorSandbox>> = {
  'google-ads': () => createGoogleAdsSandbox(),
  // instance_url in the sandbox's token response points back at where it is mounted.
  salesforce: (baseUrl) => createSalesforceSandbox({ instanceUrl: baseUrl }),
  stripe: () => createStripeSandbox(),
};

/**
 * Fresh sandboxes for the given connector ids (default: every one that has a
 * simulator), for the gateway to mount when real vendor credentials are not
 * configured.
 *
 * @example
 * const sandboxes = createSandboxes((id) => `http://127.0.0.1:3000/sandbox/${id}`); sandboxes.get('stripe')?.apiKey
 */
export function createSandboxes(
  baseUrlFor: (id: string) => string,
  ids: readonly string[] = Object.keys(SANDBOX_FACTORIES),
): Map<string, ConnectorSandbox> {
  const out = new Map<string, ConnectorSandbox>();
  for (const id of ids) {
    const factory = SANDBOX_FACTORIES[id];
    if (factory) out.set(id, factory(baseUrlFor(id)));
  }
  return out;
}
