import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_FIELDS } from '../accounts.js';
import { INSIGHTS_FIELDS, insightsParams } from '../insights.js';
import { createMetaAdsSimulator, DEFAULT_META_ACCOUNTS, LEVELS, SERVED_FIELDS } from '../sandbox/index.js';
import { enumValues, nodeSchema, readNode } from './vendor-spec.js';

/**
 * The connector's requests and the simulator's answers against Meta's own
 * node specs (./specs, copied from facebook-business-sdk-codegen): AdsInsights,
 * AdsActionStats, AdAccount, AdReportRun and the enum extract.
 */
const insights = readNode('AdsInsights');
const actionStats = readNode('AdsActionStats');
const account = readNode('AdAccount');
const reportRun = readNode('AdReportRun');
const ajv = new Ajv({ allErrors: true, strict: false });
const validRow = ajv.compile(nodeSchema(insights, { AdsActionStats: actionStats }));
const validAccount = ajv.compile(nodeSchema(account));
const validRun = ajv.compile(nodeSchema(reportRun));
const names = (node: typeof insights) => node.fields.map((f) => f.name);
const NOW = new Date('2026-10-14T20:30:00Z');
const paramsOf = (from: string, to: string) =>
  new URLSearchParams(Object.fromEntries(Object.entries(insightsParams(from, to)).map(([k, v]) => [k, String(v)])));

async function simulator() {
  const sim = createMetaAdsSimulator({ seed: 9, campaignsPerAccount: 5, now: () => NOW, asyncPolls: 1 });
  const token = (await sim.meta.authorize()).access_token;
  const get = async (path: string, init: RequestInit = {}) =>
    (await (await sim.app.request(path, { ...init, headers: { Authorization: `Bearer ${token}` } })).json()) as Record<string, unknown>;
  return { sim, get };
}

describe('requests the connector sends, against the specs', () => {
  it('asks only for AdsInsights fields, at a level of the level enum, with parameters of the insights edge', () => {
    expect(INSIGHTS_FIELDS.filter((f) => !names(insights).includes(f))).toEqual([]);
    const params = insightsParams('2026-10-01', '2026-10-07');
    expect(enumValues('adaccountinsights_level_enum_param')).toContain(params['level']);
    for (const method of ['GET', 'POST']) {
      const edge = account.apis.find((a) => a.method === method && a.endpoint === 'insights');
      expect(Object.keys(params).filter((p) => !edge?.params.some((q) => q.name === p))).toEqual([]);
    }
  });

  it('asks only for AdAccount fields, and reads AdReportRun fields when polling', () => {
    expect(ACCOUNT_FIELDS.filter((f) => !names(account).includes(f))).toEqual([]);
    for (const f of ['id', 'async_status', 'async_percent_completion']) expect(names(reportRun)).toContain(f);
  });
});

describe('answers the simulator gives, against the specs', () => {
  it('serves only AdsInsights fields, the level enum, and currencies of the AdAccount currency enum', () => {
    expect(SERVED_FIELDS.filter((f) => !names(insights).includes(f))).toEqual([]);
    expect([...LEVELS].sort()).toEqual([...enumValues('adaccountinsights_level_enum_param')].sort());
    const currencies = enumValues('adaccount_currency');
    expect(DEFAULT_META_ACCOUNTS.map((a) => a.currency).filter((c) => !currencies.includes(c))).toEqual([]);
  });

  it('returns insights rows (actions included) and ad accounts shaped as the nodes say', async () => {
    const { sim, get } = await simulator();
    const params = paramsOf('2026-10-01', '2026-10-14');
    const page = await get(`/v26.0/${sim.accountId('us')}/insights?${params}`);
    const rows = page['data'] as unknown[];
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.some((r) => 'actions' in (r as object))).toBe(true);
    for (const row of rows) expect(validRow(row), JSON.stringify(validRow.errors)).toBe(true);
    const accounts = (await get(`/v26.0/me/adaccounts?fields=${ACCOUNT_FIELDS.join(',')}`))['data'] as unknown[];
    expect(accounts.length).toBe(DEFAULT_META_ACCOUNTS.length);
    for (const a of [...accounts, await get(`/v26.0/${sim.accountId('jp')}?fields=${ACCOUNT_FIELDS.join(',')}`)]) {
      expect(validAccount(a), JSON.stringify(validAccount.errors)).toBe(true);
    }
  });

  it('answers the async report run with AdReportRun objects and its rows as AdsInsights', async () => {
    const { sim, get } = await simulator();
    const form = paramsOf('2026-10-01', '2026-10-14');
    const started = await get(`/v26.0/${sim.accountId('eu')}/insights`, { method: 'POST', body: form });
    const id = String(started['report_run_id']);
    const statuses = [await get(`/v26.0/${id}`), await get(`/v26.0/${id}`)];
    for (const s of statuses) expect(validRun(s), JSON.stringify(validRun.errors)).toBe(true);
    expect(statuses.map((s) => s['async_status'])).toEqual(['Job Not Started', 'Job Completed']);
    const rows = (await get(`/v26.0/${id}/insights?limit=500`))['data'] as unknown[];
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(validRow(row), JSON.stringify(validRow.errors)).toBe(true);
  });
});
