import type { Hono } from 'hono';
import type { SimProperty } from './data.js';
import { errorBody } from './errors.js';

/**
 * The Admin API's `GET /v1beta/accountSummaries` (pageSize default 50, max
 * 200, an opaque pageToken) and `GET /v1beta/properties/{id}`.
 * https://developers.google.com/analytics/devguides/config/admin/v1/rest/v1beta/accountSummaries/list
 */
export function mountAdmin(app: Hono, properties: () => SimProperty[]): void {
  app.get('/v1beta/accountSummaries', (c) => {
    const size = Number(c.req.query('pageSize') ?? 50);
    if (!Number.isInteger(size) || size < 0) return c.json(errorBody(400, 'pageSize must be a non-negative integer'), 400);
    const accounts = [...new Set(properties().map((p) => p.account))];
    const start = Number(Buffer.from(c.req.query('pageToken') ?? '', 'base64url').toString() || 0);
    const page = accounts.slice(start, start + Math.min(size || 50, 200));
    const accountSummaries = page.map((account) => {
      const own = properties().filter((p) => p.account === account);
      return {
        name: `accountSummaries/${account}`,
        account: `accounts/${account}`,
        displayName: own[0]?.accountName ?? '',
        propertySummaries: own.map((p) => ({
          property: `properties/${p.id}`,
          displayName: p.displayName,
          propertyType: 'PROPERTY_TYPE_ORDINARY',
          parent: `accounts/${account}`,
        })),
      };
    });
    const end = start + page.length;
    return c.json({
      accountSummaries,
      ...(end < accounts.length ? { nextPageToken: Buffer.from(String(end)).toString('base64url') } : {}),
    });
  });
  app.get('/v1beta/properties/:id', (c) => {
    const p = properties().find((x) => x.id === c.req.param('id'));
    if (!p) return c.json(errorBody(403, 'User does not have sufficient permissions for this property.'), 403);
    return c.json({
      name: `properties/${p.id}`,
      propertyType: 'PROPERTY_TYPE_ORDINARY',
      createTime: '2024-01-15T10:00:00Z',
      updateTime: '2026-06-01T10:00:00Z',
      parent: `accounts/${p.account}`,
      displayName: p.displayName,
      timeZone: p.timeZone,
      currencyCode: p.currencyCode,
      serviceLevel: 'GOOGLE_ANALYTICS_STANDARD',
      account: `accounts/${p.account}`,
    });
  });
}
