import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../testing/client.js';
import { CONNECT_API_KEY, ERRORS, connectStripe, type ConnectorView } from '../testing/documents.js';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';
import { syncSettled } from '../testing/wait.js';

const UPDATE_MAPPINGS = `mutation Map($id: ID!, $mappings: [FieldMappingInput!]!) {
  updateFieldMappings(connectorId: $id, mappings: $mappings) { ${ERRORS} }
}`;
const AUDIT = `{ auditLog(first: 50) { edges { node { action targetType target } } } }`;
type Audit = { auditLog: { edges: { node: { action: string; targetType: string; target: string } }[] } };

let t: TestGateway;
let manager: SignedIn;
let stripe: ConnectorView;

beforeAll(async () => {
  t = await startTestGateway();
  manager = await t.addUser(t.tenantId, 'manager');
  stripe = await connectStripe(t.admin.client);
  // The first sync runs on: closing the gateway under it would fail the teardown.
  await syncSettled(t.rt, t.tenantId, stripe.id);
}, 300_000);
afterAll(() => t.close());

const connect = (variables: Record<string, unknown>) =>
  manager.client.ok<{ connectApiKey: Result<ConnectorView> }>(CONNECT_API_KEY, variables).then((r) => r.connectApiKey);

describe('connectApiKey says what is wrong with the type', () => {
  it('an unknown type is named as such, with the known types, sandbox or not', async () => {
    for (const variables of [
      { type: 'pipedrive', useSandbox: true },
      { type: 'pipedrive', credentials: [] },
    ]) {
      const result = await connect(variables);
      expect(result.__typename).toBe('InputError');
      expect(result.message).toMatch(/^Unknown connector type "pipedrive"; known types: .*\bhubspot\b.*\bstripe\b/);
      expect(result.message).not.toMatch(/sandbox/);
    }
  });

  it('an OAuth-only connector says it connects by OAuth and how', async () => {
    const result = await connect({ type: 'salesforce', useSandbox: true });
    expect(result.__typename).toBe('InputError');
    expect(result.message).toMatch(/^Salesforce connects by OAuth only.*connectOAuth\(type: "salesforce"\)/);
    expect(result.fieldErrors).toEqual([{ path: 'type', message: 'connects by OAuth only' }]);
  });
});

describe('updateFieldMappings names the field and the reason', () => {
  it('an unknown canonical field', async () => {
    const mappings = [{ stream: 'charges', source: 'metadata.order_id', target: 'orderNumber' }];
    const { updateFieldMappings: result } = await manager.client.ok<{ updateFieldMappings: Result<unknown> }>(UPDATE_MAPPINGS, {
      id: stripe.id,
      mappings,
    });
    expect(result.__typename).toBe('InputError');
    expect(result.message).toBe('Invalid field mappings: charges (mapping 1): "orderNumber" is not a field of charge');
  });
});

describe('the audit log names its targets', () => {
  it('the connector and the user by name, failed sign-ins included', async () => {
    const failed = await t.anonymous.fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: manager.email, password: 'not-the-password' }),
    });
    expect(failed.status).toBe(401);
    const { auditLog } = await t.admin.client.ok<Audit>(AUDIT);
    const entries = auditLog.edges.map((e) => e.node);
    expect(entries).toContainEqual({ action: 'session.login_failed', targetType: 'user', target: `user ${manager.email}` });
    expect(entries).toContainEqual({
      action: 'connector.connect',
      targetType: 'connector',
      target: expect.stringMatching(/^connector Stripe/),
    });
  });
});

const ACTIVITIES = `query A($filter: CanonicalFilter) {
  activities(first: 25, filter: $filter) { totalCount edges { node { personExternalId person { email firstName lastName } } } }
}`;
type Activities = {
  activities: {
    totalCount: number;
    edges: { node: { personExternalId: string | null; person: { email: string | null; firstName: string | null } | null } }[];
  };
};

describe('the data explorer lists', () => {
  it('name the person of an activity and count every matching row', async () => {
    const { activities } = await manager.client.ok<Activities>(ACTIVITIES, { filter: { connectorId: stripe.id } });
    const stored = await t.rt.db.prisma.activity.count({ where: { tenantId: t.tenantId, connectorId: stripe.id, deletedAt: null } });
    expect(stored).toBeGreaterThan(25);
    expect(activities.totalCount).toBe(stored);
    const withPerson = activities.edges.filter((e) => e.node.personExternalId);
    expect(withPerson.length).toBeGreaterThan(0);
    for (const { node } of withPerson) expect(node.person?.email).toMatch(/@/);
  });

  it('count what a search matches', async () => {
    const { activities } = await manager.client.ok<Activities>(ACTIVITIES, { filter: { search: 'no-such-activity-anywhere' } });
    expect(activities).toEqual({ totalCount: 0, edges: [] });
  });
});
