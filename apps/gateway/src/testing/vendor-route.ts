/**
 * Answer requests for a real vendor host from its simulator (the gateway's
 * sandbox), in this process, so a test of "the vendor rejects the key"
 * never reaches the internet. Returns the function that restores fetch.
 *
 * @example
 * const restore = routeVendorTo('https://api.stripe.com', `${t.url}/sandbox/stripe`); ... restore();
 */
export function routeVendorTo(vendorOrigin: string, simulatorBase: string): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    if (!request.url.startsWith(`${vendorOrigin}/`)) return original(request);
    return original(new Request(`${simulatorBase}${request.url.slice(vendorOrigin.length)}`, request));
  };
  return () => {
    globalThis.fetch = original;
  };
}
