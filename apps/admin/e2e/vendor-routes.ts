import { z } from 'zod';

/**
 * Loaded into the gateway's process (`--import`): answers requests for a
 * real vendor host from that vendor's sandbox on this gateway, so "a key
 * that is not the sandbox's is rejected" is tested without the internet
 * (the gateway sends such a key to api.stripe.com). The same as the
 * gateway's own `routeVendorTo`, which this process cannot import.
 *
 * TRIBUTARY_E2E_VENDOR_ROUTES: `{"https://api.stripe.com": "http://127.0.0.1:<port>/sandbox/stripe"}`
 */
const routes = z.record(z.string(), z.string()).parse(JSON.parse(process.env['TRIBUTARY_E2E_VENDOR_ROUTES'] ?? '{}'));
const original = globalThis.fetch;

globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
  const request = new Request(input, init);
  const origin = Object.keys(routes).find((o) => request.url.startsWith(`${o}/`));
  const base = origin ? routes[origin] : undefined;
  if (!origin || !base) return original(request);
  return original(new Request(`${base}${request.url.slice(origin.length)}`, request));
};
