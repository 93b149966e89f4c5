/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set by vite.config.ts under the dev server only: the gateway it proxies to (see src/lib/gateway-url.ts). */
  readonly VITE_GATEWAY_URL?: string;
}
