import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../testing/client.js';
import { connectThroughSandbox } from '../testing/connect-oauth.js';
import { ERRORS } from '../testing/documents.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';
import { syncSettled } from '../testing/wait.js';

const TYPES = '{ connectorTypes { id settingsSchema } }';
const SCHEMA = 'query($id: ID!) { connector(id: $id) { settings connectorType { settingsSchema } } }';
const UPDATE = `mutation($id: ID!, $settings: JSON!) {
  updateConnectorSettings(connectorId: $id, settings: $settings) { ${ERRORS} ... on MutationUpdateConnectorSettingsSuccess { data { settings } } }
}`;
type Settings = Record<string, unknown>;

let t: TestGateway;
let id: string;

beforeAll(async () => {
  t = await startTestGateway();
  id = await connectThroughSandbox(t.admin.client, 'salesforce');
  await syncSettled(t.rt, t.tenantId, id);
}, 180_000);
afterAll(() => t?.close());

const update = async (settings: Settings) =>
  (await t.admin.client.ok<{ updateConnectorSettings: Result<{ settings: Settings }> }>(UPDATE, { id, settings })).updateConnectorSettings;

describe('settingsSchema over GraphQL', () => {
  it('gives each connector type its settings as JSON Schema, platform-owned ones left out', async () => {
    const { connectorTypes } = await t.admin.client.ok<{ connectorTypes: { id: string; settingsSchema: Settings }[] }>(TYPES);
    const byId = new Map(connectorTypes.map((c) => [c.id, c.settingsSchema]));
    expect(byId.get('hubspot')).toMatchObject({
      type: 'object',
      properties: { overlapMinutes: { type: 'integer', default: 10 }, companyCurrency: { type: 'string', pattern: '^[A-Za-z]{3}$' } },
    });
    expect(byId.get('o365')).toMatchObject({ properties: { calendar: { type: 'boolean' } } });
    expect(byId.get('o365')).not.toHaveProperty('properties.privacy');
  });

  it('is reachable from a connector, beside its stored settings', async () => {
    const { connector } = await t.admin.client.ok<{ connector: { settings: Settings; connectorType: { settingsSchema: Settings } } }>(
      SCHEMA,
      { id },
    );
    expect(connector.connectorType.settingsSchema).toMatchObject({ properties: { overlapMinutes: { maximum: 1440 } } });
    expect(connector.settings).toMatchObject({ overlapMinutes: 5 });
  });
});

describe('updateConnectorSettings against the schema', () => {
  it('names the setting that is out of bounds, and stores nothing', async () => {
    const result = await update({ overlapMinutes: 5000 });
    expect(result.__typename).toBe('InputError');
    expect(result.fieldErrors).toEqual([{ path: 'overlapMinutes', message: expect.stringMatching(/1440/) }]);
    expect((await update({})).data?.settings).toMatchObject({ overlapMinutes: 5 });
  });

  it('stores a valid value, and a null clears it back to its default', async () => {
    expect((await update({ overlapMinutes: 15 })).data?.settings).toMatchObject({ overlapMinutes: 15 });
    expect((await update({ overlapMinutes: null })).data?.settings).toMatchObject({ overlapMinutes: 5 });
  });
});
