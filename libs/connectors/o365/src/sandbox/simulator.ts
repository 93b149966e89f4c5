import { createVendorApp, requireCredential, type SimulatedClient, type VendorApp, type VendorConditions } from '@tributary/sandbox';
import type { Context, MiddlewareHandler } from 'hono';
import { createControls, type O365Controls } from './control.js';
import { deltaRoute } from './delta-route.js';
import { graphError, graphErrorBody, retryAfterValue } from './errors.js';
import { mountMicrosoftOAuth, type MicrosoftOAuth } from './oauth.js';
import { MailboxStore } from './store.js';
import type { Scope } from './types.js';
import { MAILBOX, makeEvent, makeMessage, OWN_DOMAIN } from './world.js';

export interface O365SimulatorOptions {
  seed?: number;
  /** Messages in Inbox and in Sent Items each (default 60). */
  messagesPerFolder?: number;
  /** Meetings in the primary calendar, from 120 days ago to 45 days ahead (default 40). */
  events?: number;
  /** The simulator's clock at creation (default: the wall clock). */
  now?: () => Date;
  /** Registered OAuth clients (default one for the local gateway). */
  clients?: SimulatedClient[];
  tokenSecret?: string;
  /** Where the simulator is reached (links are absolute); default the request's own origin. */
  baseUrl?: string;
  /** `Retry-After` of throttled answers, in seconds (Graph's are often fractional; default 2.128). */
  retryAfterSeconds?: number;
  /** Requests one mailbox may have in flight (Outlook: 4); more are answered 429. */
  maxConcurrent?: number;
  conditions?: VendorConditions;
}

export interface O365Simulator extends VendorApp {
  store: MailboxStore;
  microsoft: MicrosoftOAuth;
  controls: O365Controls;
  /** Requests refused for going over the mailbox's concurrent requests. */
  stats: { concurrencyRefusals: number };
  /** The signed-in mailbox and the tenant's own domain. */
  mailbox: { name: string; address: string; domain: string };
}

/** Mail folders by their well-known names (case-insensitive at Graph). */
const FOLDERS = new Map<string, Scope>([
  ['inbox', 'inbox'],
  ['sentitems', 'sentitems'],
]);

/** The OAuth client the simulator knows unless told otherwise. */
export const DEFAULT_MICROSOFT_CLIENT: SimulatedClient = {
  clientId: '00000000-0000-4000-8000-00000000c0de',
  clientSecret: 'sandbox~client~secret',
  redirectUris: ['http://127.0.0.1:3000/api/connectors/o365/callback'],
};

/** At most `max` requests of one caller in flight; more get Graph's 429 (the mailbox concurrency limit). */
function concurrencyLimit(max: number, retryAfter: string, refused: () => void): MiddlewareHandler {
  const inFlight = new Map<string, number>();
  return async (c, next) => {
    const caller = c.req.header('authorization') ?? '';
    const count = inFlight.get(caller) ?? 0;
    if (count >= max) {
      refused();
      return graphError(c, 429, 'TooManyRequests', 'Please retry again later.', { 'Retry-After': retryAfter });
    }
    inFlight.set(caller, count + 1);
    try {
      await next();
    } finally {
      inFlight.set(caller, (inFlight.get(caller) ?? 1) - 1);
    }
    return undefined;
  };
}

/** The granted scopes must include one of `any` (Graph answers 403 ErrorAccessDenied). */
function needs(microsoft: MicrosoftOAuth, any: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const token = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    const scopes = (microsoft.oauth.tokenInfo(token)?.scope ?? '').split(/\s+/);
    if (!any.some((s) => scopes.includes(s)))
      return graphError(c, 403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    return next();
  };
}

/** Seed the mailbox: messages of both folders, newest first, and meetings around now. */
function seedStore(store: MailboxStore, seed: number, perFolder: number, events: number, at: number): void {
  for (let i = perFolder - 1; i >= 0; i--) {
    store.put('inbox', makeMessage(seed, 'inbox', i, at - i * 3_600_000 - 600_000));
    store.put('sentitems', makeMessage(seed, 'sentitems', i, at - i * 3_600_000 - 1_200_000));
  }
  for (let i = 0; i < events; i++) store.put('calendar', makeEvent(seed, i, at));
}

/**
 * The Microsoft Graph simulator for Office 365: the identity platform with
 * its consent screen, `/v1.0/me`, mail delta per folder and calendarView
 * delta (skip and delta tokens, `@removed` entries, expired tokens), Graph's
 * error envelope, 401/403 answers, throttling with fractional `Retry-After`
 * (a token bucket per caller and Outlook's 4 concurrent requests per mailbox).
 */
export function createO365Simulator(options: O365SimulatorOptions = {}): O365Simulator {
  const seed = options.seed ?? 365;
  const now = () => (options.now ? options.now().getTime() : Date.now());
  const retryAfter = retryAfterValue(options.retryAfterSeconds ?? 2.128);
  const throttled = (status: number): Record<string, string> => (status === 429 || status === 503 ? { 'Retry-After': retryAfter } : {});
  const vendor = createVendorApp({
    faults: { statusBody: (status) => graphErrorBody(status), statusHeaders: throttled },
    conditions: {
      limited: () => ({ status: 429, body: graphErrorBody(429), headers: { 'Retry-After': retryAfter } }),
      ...options.conditions,
    },
    seed,
  });
  const { app } = vendor;
  const microsoft = mountMicrosoftOAuth(
    app,
    options.clients ?? [{ ...DEFAULT_MICROSOFT_CLIENT, redirectUris: [...DEFAULT_MICROSOFT_CLIENT.redirectUris] }],
    {
      ...(options.now ? { now: options.now } : {}),
      ...(options.tokenSecret ? { tokenSecret: options.tokenSecret } : {}),
    },
  );
  const unauthenticated = (c: Context) =>
    graphError(c, 401, 'InvalidAuthenticationToken', 'Access token is empty.', { 'WWW-Authenticate': 'Bearer realm=""' });
  app.use(
    '/v1.0/*',
    requireCredential({ bearer: true }, (t) => microsoft.oauth.tokenInfo(t) !== undefined, {
      missing: unauthenticated,
      invalid: (c) => graphError(c, 401, 'InvalidAuthenticationToken', 'Access token has expired or is not yet valid.'),
    }),
  );
  const stats = { concurrencyRefusals: 0 };
  app.use(
    '/v1.0/*',
    concurrencyLimit(options.maxConcurrent ?? 4, retryAfter, () => {
      stats.concurrencyRefusals++;
    }),
  );
  const store = new MailboxStore();
  seedStore(store, seed, options.messagesPerFolder ?? 60, options.events ?? 40, now());
  let epoch = 0;
  const deps = { store, epoch: () => epoch, origin: (c: Context) => options.baseUrl?.replace(/\/+$/, '') ?? new URL(c.req.url).origin };
  app.get('/v1.0/me', needs(microsoft, ['User.Read']), (c) =>
    c.json({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
      id: '87d349ed-44d7-43e1-9a83-5f2406dee5bd',
      displayName: MAILBOX.name,
      mail: MAILBOX.address,
      userPrincipalName: MAILBOX.address,
    }),
  );
  const folder = (c: Context) => FOLDERS.get((c.req.param('folder') ?? '').toLowerCase());
  app.get('/v1.0/me/mailFolders/:folder/messages/delta', needs(microsoft, ['Mail.ReadBasic', 'Mail.Read']), deltaRoute(folder, deps));
  app.get('/v1.0/me/calendarView/delta', needs(microsoft, ['Calendars.Read', 'Calendars.ReadWrite']), deltaRoute('calendar', deps));
  const controls = createControls(store, seed, now, () => {
    epoch++;
  });
  return { ...vendor, store, microsoft, controls, stats, mailbox: { ...MAILBOX, domain: OWN_DOMAIN } };
}
