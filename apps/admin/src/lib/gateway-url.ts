/**
 * The gateway's public URL, which the OAuth redirect URIs registered with
 * vendors start with (the gateway builds them from its `PUBLIC_URL`). The
 * gateway serves the console build itself, at that URL, so in production
 * it is the page's origin; under the Vite dev server (:5173, proxying to
 * the gateway) vite.config.ts passes the gateway's URL as
 * `VITE_GATEWAY_URL`.
 *
 * @example
 * gatewayUrl() // 'https://tributary.example.com' on the console served by that gateway
 */
export const gatewayUrl = (): string => import.meta.env.VITE_GATEWAY_URL || window.location.origin;

/**
 * The redirect URI to register in a connector's OAuth app at the vendor.
 *
 * @example
 * oauthRedirectUri('salesforce') // 'http://127.0.0.1:3000/api/connectors/salesforce/callback'
 */
export const oauthRedirectUri = (connectorType: string): string =>
  `${gatewayUrl()}/api/connectors/${encodeURIComponent(connectorType)}/callback`;
