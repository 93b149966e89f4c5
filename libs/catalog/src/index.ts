import { ConnectorRegistry, type AnyConnector } from '@tributary/core';
import { clarity } from '@tributary/connector-clarity';
import { customerio } from '@tributary/connector-customerio';
import { delivrai } from '@tributary/connector-delivrai';
import { fathom } from '@tributary/connector-fathom';
import { googleAds } from '@tributary/connector-google-ads';
import { googleAnalytics } from '@tributary/connector-google-analytics';
import { o365 } from '@tributary/connector-o365';
import { linkedinAds } from '@tributary/connector-linkedin-ads';
import { metaAds } from '@tributary/connector-meta-ads';
import { hubspot } from '@tributary/connector-hubspot';
import { salesforce } from '@tributary/connector-salesforce';
import { stripe } from '@tributary/connector-stripe';

/**
 * Every connector Tributary ships, in the order the console lists them.
 * Adding a connector lib means adding it here; apps never import connector
 * libs directly.
 */
export const CONNECTORS: readonly AnyConnector[] = [
  clarity,
  customerio,
  delivrai,
  googleAds,
  googleAnalytics,
  metaAds,
  linkedinAds,
  hubspot,
  o365,
  salesforce,
  stripe,
  fathom,
];

/**
 * A fresh registry holding every shipped connector (one per app composition
 * root; never a module-level singleton).
 *
 * @example
 * const registry = createRegistry();
 * registry.get('stripe').category // 'payments'
 */
export function createRegistry(connectors: readonly AnyConnector[] = CONNECTORS): ConnectorRegistry {
  const registry = new ConnectorRegistry();
  for (const connector of connectors) registry.register(connector);
  return registry;
}
