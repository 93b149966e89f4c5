import { GATEWAY_CONFIG_KEYS } from '@tributary/gateway';
import { TemporalConfig } from '@tributary/temporal';
import { KEY_ENV, PREVIOUS_KEYS_ENV } from '@tributary/vault';
import { WorkerEnv } from '@tributary/worker';

/** `TRIBUTARY_OAUTH_<TYPE>_CLIENT_ID` / `_CLIENT_SECRET`: both apps build their OAuth apps from them (createOAuthApps). */
export const OAUTH_VARIABLE = /^TRIBUTARY_OAUTH_[A-Z0-9_]+_CLIENT_(ID|SECRET)$/;

/** Read by libs/db's migration runner, in whichever process migrates. */
const MIGRATIONS_DIR = 'TRIBUTARY_MIGRATIONS_DIR';

/**
 * What the gateway reads by name outside loadConfig's schema (`config.vars['…']`).
 * A test proves each is still read in apps/gateway/src, so the list cannot outlive the code.
 */
export const GATEWAY_READS_BY_NAME = ['TRIBUTARY_ADMIN_EMAIL', 'TRIBUTARY_CONSOLE_ORIGIN'] as const;

export type App = 'gateway' | 'worker';

/**
 * Every environment variable each app reads, from the apps' own schemas
 * where they have one: the worker's `WorkerEnv`, the gateway's config
 * schema, the Temporal settings both use, the vault's key variables.
 */
export const APP_VARIABLES: Record<App, ReadonlySet<string>> = {
  gateway: new Set([
    ...GATEWAY_CONFIG_KEYS,
    ...Object.keys(TemporalConfig.shape),
    KEY_ENV,
    PREVIOUS_KEYS_ENV,
    ...GATEWAY_READS_BY_NAME,
    MIGRATIONS_DIR,
  ]),
  worker: new Set([...Object.keys(WorkerEnv.shape), MIGRATIONS_DIR]),
};

/**
 * Whether `app` reads the variable `name`.
 *
 * @example
 * readsVariable('worker', 'GATEWAY_URL') // true
 * readsVariable('worker', 'HOST')        // false: only the gateway listens on HOST
 */
export function readsVariable(app: App, name: string): boolean {
  return APP_VARIABLES[app].has(name) || OAUTH_VARIABLE.test(name);
}
