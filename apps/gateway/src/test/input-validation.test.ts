import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GqlResponse, Result } from '../testing/client.js';
import { CHARGES, connectStripe, type ChargeNode, type ConnectorView, type Page } from '../testing/documents.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';
import { everyMutation } from '../testing/mutations.js';
import { tenantSnapshot } from '../testing/snapshot.js';
import { syncSettled } from '../testing/wait.js';

let t: TestGateway;
let stripe: ConnectorView;

beforeAll(async () => {
  t = await startTestGateway();
  stripe = await connectStripe(t.admin.client);
  await syncSettled(t.rt, t.tenantId, stripe.id);
  await t.admin.client.ok('mutation($id: ID!) { updateSchedule(connectorId: $id, cron: "0 0 1 1 *") { __typename } }', { id: stripe.id });
});
afterAll(() => t.close());

/** A query refused for its input: BAD_USER_INPUT with the field and why, no internals. */
function expectBadInput(result: GqlResponse<unknown>, field: RegExp) {
  expect(result.errors[0]?.extensions?.code, JSON.stringify(result.errors)).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(result.errors[0]?.extensions?.['fieldErrors'])).toMatch(field);
  expect(JSON.stringify(result.errors)).not.toMatch(/prisma|stack|\.ts:\d+|invalid input syntax/i);
}

const NUL = 'a\u0000b';
const HUGE = 'x'.repeat(100_000);

describe('every mutation refuses a malformed id with a typed InputError', () => {
  it('changes nothing and says which argument', async () => {
    const before = await tenantSnapshot(t.rt.db.prisma, t.tenantId);
    const targets = { connectorId: 'not-a-uuid', tokenId: "1' OR '1'='1", userId: 'x\u0000', tenantId: '123' };
    const calls = everyMutation(targets).filter((c) => ['connectorId', 'id', 'userId', 'tenantId'].some((k) => k in c.variables));
    expect(calls.length).toBeGreaterThan(10);
    for (const call of calls) {
      const result = await t.admin.client.ok<Record<string, Result<unknown>>>(call.query, call.variables);
      expect(result[call.name]?.__typename, call.name).toBe('InputError');
      expect(result[call.name]?.message, call.name).toMatch(/Not a valid id|Control characters/);
    }
    expect(await tenantSnapshot(t.rt.db.prisma, t.tenantId)).toBe(before);
  });
});

describe('text arguments', () => {
  const CREATE =
    'mutation($name: String!) { createApiToken(name: $name) { __typename ... on InputError { fieldErrors { path message } } } }';

  it('refuse NUL and other control characters, and 100 KB values, storing nothing', async () => {
    const tokens = await t.rt.db.prisma.apiToken.count();
    for (const name of [NUL, 'bell\u0007', HUGE]) {
      const result = await t.admin.client.ok<{ createApiToken: Result<unknown> }>(CREATE, { name });
      expect(result.createApiToken).toMatchObject({ __typename: 'InputError', fieldErrors: [{ path: 'name' }] });
    }
    const mappings = await t.admin.client.ok<{ updateFieldMappings: Result<unknown> }>(
      'mutation($id: ID!, $m: [FieldMappingInput!]!) { updateFieldMappings(connectorId: $id, mappings: $m) { __typename ... on Error { message } } }',
      { id: stripe.id, m: [{ stream: 'charges', source: NUL, target: 'description' }] },
    );
    expect(mappings.updateFieldMappings.__typename).toBe('InputError');
    const settings = await t.admin.client.ok<{ updateConnectorSettings: Result<unknown> }>(
      'mutation($id: ID!, $s: JSON!) { updateConnectorSettings(connectorId: $id, settings: $s) { __typename } }',
      { id: stripe.id, s: { note: NUL } },
    );
    expect(settings.updateConnectorSettings.__typename).toBe('InputError');
    expect(await t.rt.db.prisma.apiToken.count()).toBe(tokens);
    expect(await t.rt.db.prisma.fieldMapping.count()).toBe(0);
  });

  it('refuse a NUL in a search or a malformed connector filter as BAD_USER_INPUT, not an internal error', async () => {
    expectBadInput(await t.admin.client.gql(CHARGES, { first: 1, filter: { search: NUL } }), /search/);
    expectBadInput(await t.admin.client.gql(CHARGES, { first: 1, filter: { connectorId: 'nope' } }), /connectorId/);
    expectBadInput(await t.admin.client.gql('query($id: ID!) { connector(id: $id) { id } }', { id: 'nope' }), /id/);
    expectBadInput(
      await t.admin.client.gql('query($id: ID!, $s: [JSON!]!) { previewMappings(connectorId: $id, mappings: [], samples: $s) { valid } }', {
        id: stripe.id,
        s: [{ stream: 'charges', raw: { description: NUL } }],
      }),
      /samples/,
    );
  });
});

describe('schedules', () => {
  it('refuse a cron that never runs, and "every hour" after it is not paused', async () => {
    const UPDATE = `mutation($id: ID!, $cron: String!) {
      updateSchedule(connectorId: $id, cron: $cron) { __typename ... on Error { message } ... on MutationUpdateScheduleSuccess { data { schedule { cron paused } } } }
    }`;
    type Updated = { updateSchedule: Result<{ schedule: { cron: string; paused: boolean } }> };
    const never = await t.admin.client.ok<Updated>(UPDATE, { id: stripe.id, cron: '0 0 30 2 *' });
    expect(never.updateSchedule).toMatchObject({ __typename: 'InputError', message: expect.stringMatching(/never runs/) });
    const hourly = await t.admin.client.ok<Updated>(UPDATE, { id: stripe.id, cron: '0 * * * *' });
    expect(hourly.updateSchedule.data?.schedule).toEqual({ cron: '0 * * * *', paused: false });
    const preview = await t.admin.client.ok<{ cronPreview: { valid: boolean; nextRuns: string[] } }>(
      '{ cronPreview(cron: "0 0 31 2 *") { valid nextRuns } }',
    );
    expect(preview.cronPreview).toEqual({ valid: false, nextRuns: [] });
  });
});

describe('paging backwards', () => {
  const page = async (variables: Record<string, unknown>) =>
    (
      await t.admin.client.ok<{ charges: Page<ChargeNode> & { pageInfo: { hasPreviousPage: boolean } } }>(
        `query($first: Int, $after: String, $last: Int, $before: String) {
          charges(first: $first, after: $after, last: $last, before: $before) {
            edges { cursor node { externalId } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
          }
        }`,
        variables,
      )
    ).charges;
  const ids = (p: Page<ChargeNode>) => p.edges.map((e) => e.node.externalId);

  it('last: n returns the n oldest rows, and before: walks back to what first/after walked forward', async () => {
    const forward = await page({ first: 6 });
    const second = await page({ first: 3, after: forward.edges[2]?.cursor });
    expect(ids(second)).toEqual(ids(forward).slice(3, 6));
    const back = await page({ last: 3, before: forward.edges[3]?.cursor });
    expect(ids(back)).toEqual(ids(forward).slice(0, 3));
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const total = await t.rt.db.prisma.charge.count({ where: { tenantId: t.tenantId, deletedAt: null } });
    const last = await page({ last: 3 });
    expect(last.edges).toHaveLength(3);
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: total > 3, hasNextPage: false });
    const oldest = await t.rt.db.prisma.charge.findMany({
      where: { tenantId: t.tenantId, deletedAt: null },
      orderBy: [{ occurredAt: 'asc' }, { connectorId: 'desc' }, { externalId: 'desc' }],
      take: 3,
    });
    expect(ids(last)).toEqual(oldest.map((c) => c.externalId).reverse());
  });

  it('refuses first with last', async () => {
    const result = await t.admin.client.gql('{ charges(first: 2, last: 2) { edges { cursor } } }');
    expect(result.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
