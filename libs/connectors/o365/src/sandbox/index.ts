/**
 * @tributary/connector-o365/sandbox: the Microsoft Graph simulator (with the Microsoft identity platform)
 * and the sandbox the gateway mounts from it. Product code; test-only helpers are in ./testing.
 */
export { createO365Simulator, DEFAULT_MICROSOFT_CLIENT, type O365Simulator, type O365SimulatorOptions } from './simulator.js';
export { createO365Sandbox } from './sandbox.js';
export { MICROSOFT_OAUTH_PATHS, MICROSOFT_OAUTH_ROUTES, microsoftTokenError, type MicrosoftOAuth } from './oauth.js';
export { MAILBOX, OWN_DOMAIN, EXTERNAL_DOMAINS, peopleOf } from './world.js';
export { graphErrorBody } from './errors.js';
export { MailboxStore } from './store.js';
export type { O365Controls, ChangeLog } from './control.js';
export type * from './types.js';
