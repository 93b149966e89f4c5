import type { OAuthSimulator } from '@tributary/sandbox';
import type { Context, Hono } from 'hono';
import { tokenOf } from './access.js';
import { graphError, invalidParam, noSuchNode, tooMuchData } from './graph-errors.js';
import { graphPage, insightRows, readQuery } from './insights.js';
import type { Store } from './store.js';
import type { SimAccount } from './world.js';

export interface RouteDeps {
  store: Store;
  oauth: OAuthSimulator;
  /** Rows above which the synchronous insights call is refused (100/1487534). */
  syncRowLimit: number;
  /** Polls until an async report run says Job Completed. */
  asyncPolls: number;
  nextRunId(): string;
  /** The simulator's URL as callers reach it (a gateway mount); default the request's own URL. */
  publicUrl?: string;
}

/** The request's URL as the caller sees it, for `paging.next`. */
function selfUrl(deps: RouteDeps, c: Context): string {
  if (!deps.publicUrl) return c.req.url;
  const url = new URL(c.req.url);
  return `${deps.publicUrl.replace(/\/$/, '')}${url.pathname}${url.search}`;
}

const ACCOUNT_FIELDS: Record<string, (a: SimAccount) => unknown> = {
  id: (a) => a.id,
  account_id: (a) => a.id.slice('act_'.length),
  name: (a) => a.name,
  currency: (a) => a.currency,
  timezone_name: (a) => a.timeZone,
  account_status: (a) => a.status,
};

function renderAccount(a: SimAccount, fields: string | undefined): Record<string, unknown> {
  const wanted = (fields ?? 'id').split(',').filter(Boolean);
  const unknown = wanted.find((f) => !(f in ACCOUNT_FIELDS));
  if (unknown) throw invalidParam(`Tried accessing nonexisting field (${unknown}) on node type (AdAccount)`);
  return Object.fromEntries(wanted.map((f) => [f, ACCOUNT_FIELDS[f]?.(a)]));
}

const accountOf = (store: Store, id: string) => {
  const account = store.byId(id);
  if (!account) throw noSuchNode(id);
  return account;
};

async function params(c: Context): Promise<Record<string, string | undefined>> {
  const form = c.req.method === 'POST' ? await c.req.parseBody() : {};
  const merged: Record<string, string | undefined> = { ...c.req.query() };
  for (const [k, v] of Object.entries(form)) if (typeof v === 'string') merged[k] = v;
  return merged;
}

/** `GET|POST /{ver}/act_{id}/insights`: rows now (refused above the limit), or an async report run. */
async function accountInsights(deps: RouteDeps, c: Context, account: SimAccount): Promise<Response> {
  const p = await params(c);
  const query = readQuery(p, deps.store.today(account));
  if (c.req.method === 'POST') {
    const id = deps.nextRunId();
    deps.store.runs.set(id, { id, accountId: account.id, from: query.from, to: query.to, fields: query.fields, polls: 0 });
    return c.json({ report_run_id: id });
  }
  const rows = insightRows(deps.store, account, query);
  if (rows.length > deps.syncRowLimit) throw tooMuchData();
  return c.json(graphPage(rows, selfUrl(deps, c), query.limit, p['after']));
}

/** `GET /{report_run_id}`: Job Not Started, then Running (100% can still say Running), then Job Completed. */
function runStatus(deps: RouteDeps, c: Context, id: string): Response {
  const run = deps.store.runs.get(id);
  if (!run) throw noSuchNode(id);
  run.polls++;
  const done = run.polls > deps.asyncPolls;
  const status = done ? 'Job Completed' : run.polls === 1 ? 'Job Not Started' : 'Job Running';
  const percent = done || run.polls === deps.asyncPolls ? 100 : Math.round(((run.polls - 1) / deps.asyncPolls) * 100);
  return c.json({
    id,
    account_id: run.accountId.slice('act_'.length),
    async_status: status,
    async_percent_completion: percent,
    date_start: run.from,
    date_stop: run.to,
    time_ref: Math.floor(deps.store.clock.now().getTime() / 1000),
  });
}

function runInsights(deps: RouteDeps, c: Context, id: string): Response {
  const run = deps.store.runs.get(id);
  if (!run) throw noSuchNode(id);
  if (run.polls <= deps.asyncPolls) {
    throw graphError(400, 2601, 'Error accessing adreport job.', {
      subcode: 1_815_107,
      transient: true,
      title: 'Loading Async Ads Report Failed',
    });
  }
  const account = accountOf(deps.store, run.accountId);
  const rows = insightRows(deps.store, account, { from: run.from, to: run.to, fields: run.fields, limit: 25 });
  const limit = Number(c.req.query('limit') ?? 25);
  return c.json(graphPage(rows, selfUrl(deps, c), Number.isInteger(limit) && limit > 0 ? limit : 25, c.req.query('after')));
}

/**
 * The Graph API paths the connector uses, for every served version:
 * `/me`, `/me/adaccounts`, `DELETE /me/permissions`, `/act_{id}`,
 * `/act_{id}/insights` (GET rows, POST an async run), `/{report_run_id}` and its `/insights`.
 */
export function mountGraph(app: Hono, version: string, deps: RouteDeps): void {
  const base = `/${version}`;
  app.get(`${base}/me`, (c) => c.json({ id: '10160000000000001', name: 'Sandbox Advertiser' }));
  app.get(`${base}/me/adaccounts`, (c) => {
    const rows = deps.store.accounts.map((a) => renderAccount(a, c.req.query('fields')));
    return c.json(graphPage(rows, selfUrl(deps, c), Number(c.req.query('limit') ?? 25), c.req.query('after')));
  });
  app.delete(`${base}/me/permissions`, (c) => c.json({ success: deps.oauth.revokeGrant(tokenOf(c) ?? '') }));
  app.get(`${base}/:node`, (c) => {
    const node = c.req.param('node');
    if (/^\d+$/.test(node)) return runStatus(deps, c, node);
    return c.json(renderAccount(accountOf(deps.store, node), c.req.query('fields')));
  });
  app.on(['GET', 'POST'], `${base}/:node/insights`, (c) => {
    const node = c.req.param('node');
    if (/^\d+$/.test(node) && c.req.method === 'GET') return runInsights(deps, c, node);
    return accountInsights(deps, c, accountOf(deps.store, node));
  });
}
