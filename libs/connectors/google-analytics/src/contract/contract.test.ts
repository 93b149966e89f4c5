import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { reportBody } from '../report.js';
import { createGoogleAnalyticsSimulator } from '../sandbox/index.js';
import { connectGoogleAnalytics } from '../testing/connect.js';
import { discoverySchema } from './discovery.js';

/**
 * The connector's runReport request and the simulator's answers (runReport,
 * accountSummaries, properties.get) against Google's discovery documents
 * (./specs), every object closed to fields the
 * documents do not name.
 */
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const DATA = 'analyticsdata-v1beta.json';
const ADMIN = 'analyticsadmin-v1beta.json';
const validRequest = ajv.compile(discoverySchema(DATA, 'RunReportRequest'));
const validReport = ajv.compile(discoverySchema(DATA, 'RunReportResponse'));
const validSummaries = ajv.compile(discoverySchema(ADMIN, 'GoogleAnalyticsAdminV1betaListAccountSummariesResponse'));
const validProperty = ajv.compile(discoverySchema(ADMIN, 'GoogleAnalyticsAdminV1betaProperty'));

async function simulator() {
  const sim = createGoogleAnalyticsSimulator({ seed: 4, now: () => new Date('2026-11-20T12:00:00Z') });
  const server = await sim.start();
  const token = (await connectGoogleAnalytics(sim, server.url)).tokens.accessToken;
  await server.close();
  const call = async (path: string, body?: unknown) => {
    const init = body ? { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {};
    const res = await sim.app.request(path, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    return (await res.json()) as unknown;
  };
  return { sim, call };
}

describe('the GA4 contract', () => {
  it('sends a runReport body that is a RunReportRequest', () => {
    const body = reportBody('2026-10-01', '2026-10-31', 10_000);
    expect(validRequest(body), ajv.errorsText(validRequest.errors)).toBe(true);
    // The check can fail: a field GA does not know is caught.
    expect(validRequest({ ...body, pageSize: 10 })).toBe(false);
  });

  it('answers runReport with a RunReportResponse, including propertyQuota', async () => {
    const { call } = await simulator();
    const report = await call('/v1beta/properties/300001:runReport', reportBody('2026-11-10', '2026-11-20', 0));
    expect(validReport(report), ajv.errorsText(validReport.errors)).toBe(true);
    expect(report).toMatchObject({ kind: 'analyticsData#runReport', propertyQuota: { tokensPerHour: { consumed: expect.any(Number) } } });
  });

  it('answers accountSummaries and properties.get as the Admin API documents them', async () => {
    const { call } = await simulator();
    const summaries = await call('/v1beta/accountSummaries?pageSize=1');
    expect(validSummaries(summaries), ajv.errorsText(validSummaries.errors)).toBe(true);
    expect(summaries).toMatchObject({ nextPageToken: expect.any(String) });
    const property = await call('/v1beta/properties/300003');
    expect(validProperty(property), ajv.errorsText(validProperty.errors)).toBe(true);
  });
});
