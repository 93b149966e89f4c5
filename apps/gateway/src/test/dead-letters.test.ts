import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../testing/client.js';
import { connectStripe, ERRORS, TRIGGER_SYNC, type ConnectorView } from '../testing/documents.js';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';
import { syncSettled, waitUntil } from '../testing/wait.js';

let t: TestGateway;
let manager: SignedIn;
let connector: ConnectorView;

beforeAll(async () => {
  t = await startTestGateway();
  manager = await t.addUser(t.tenantId, 'manager');
  connector = await connectStripe(manager.client);
  await syncSettled(t.rt, t.tenantId, connector.id);
});
afterAll(() => t.close());

interface Run {
  id: string;
  status: string;
  done: boolean;
  recordsRead: number;
  recordsFailed: number;
  errorKind: string | null;
  errorMessage: string | null;
}
interface Group {
  stream: string;
  reason: string;
  letters: number;
  occurrences: number;
}
interface Replay {
  letters: number;
  stored: number;
  stillFailing: number;
}

const RUN = 'id status done recordsRead recordsFailed errorKind errorMessage';
const WAIT = `query($id: ID!) { waitForSync(connectorId: $id, timeoutSeconds: 60) { ${RUN} } }`;
const GROUPS = `query($id: ID!, $status: DeadLetterStatus) { connector(id: $id) {
  deadLetterCount lastError { kind message } deadLetterGroups(status: $status) { stream reason letters occurrences }
} }`;
const REPLAY = `mutation($id: ID!, $stream: String!, $reason: String!) {
  replayDeadLetters(connectorId: $id, stream: $stream, reason: $reason) { ${ERRORS} ... on MutationReplayDeadLettersSuccess { data { letters stored stillFailing } } }
}`;
const DISMISS = `mutation($id: ID!, $stream: String!, $reason: String!) {
  dismissDeadLetters(connectorId: $id, stream: $stream, reason: $reason) { ${ERRORS} ... on MutationDismissDeadLettersSuccess { data } }
}`;
const MAPPINGS = `mutation($id: ID!, $mappings: [FieldMappingInput!]!) {
  updateFieldMappings(connectorId: $id, mappings: $mappings) { ${ERRORS} ... on MutationUpdateFieldMappingsSuccess { data { id } } }
}`;

/** A full sync, followed over GraphQL as the README does: trigger, then wait for the run. */
async function fullSync(): Promise<Run> {
  await manager.client.ok(TRIGGER_SYNC, { id: connector.id, full: true });
  return (await manager.client.ok<{ waitForSync: Run }>(WAIT, { id: connector.id })).waitForSync;
}

const groups = async (status = 'open') =>
  (
    await manager.client.ok<{
      connector: { deadLetterCount: number; lastError: { kind: string; message: string } | null; deadLetterGroups: Group[] };
    }>(GROUPS, { id: connector.id, status })
  ).connector;

describe('dead letters people can act on', () => {
  let malformed: Group;

  it('keeps one letter for the seeded malformed charge however often it is read again', async () => {
    const run = await fullSync();
    expect(run).toMatchObject({ done: true, status: 'completed', recordsFailed: 1 });
    expect(run.recordsRead).toBeGreaterThan(5000);
    const followed = await manager.client.ok<{ syncRun: Run }>(`query($id: ID!) { syncRun(id: $id) { ${RUN} } }`, { id: run.id });
    expect(followed.syncRun).toEqual(run);
    const view = await groups();
    expect(view.deadLetterCount).toBe(1);
    expect(view.deadLetterGroups).toEqual([expect.objectContaining({ stream: 'charges', letters: 1, occurrences: 2 })]);
    malformed = view.deadLetterGroups[0] as Group;
    // Rows held: what the connector has, though this run changed nothing.
    const held = await manager.client.ok<{ connector: { rowsHeld: number; lastSync: { rowsImported: number } } }>(
      'query($id: ID!) { connector(id: $id) { rowsHeld lastSync { rowsImported } } }',
      { id: connector.id },
    );
    expect(held.connector.lastSync.rowsImported).toBe(0);
    expect(held.connector.rowsHeld).toBeGreaterThan(5000);
  });

  it('shows a sync whose charges all fail a broken mapping as completed with errors, naming the reason', async () => {
    const broken = [{ stream: 'charges', source: 'amount_that_does_not_exist', target: 'amount', transform: 'none' }];
    await manager.client.ok(MAPPINGS, { id: connector.id, mappings: broken });
    const run = await fullSync();
    expect(run).toMatchObject({ status: 'completed_with_errors', errorKind: 'validation' });
    expect(run.recordsFailed).toBeGreaterThanOrEqual(5000);
    expect(run.errorMessage).toMatch(/^Every row of charges was rejected .* Commonest reason \(\d,\d{3} rows of charges\): amount/);
    const view = await groups();
    expect(view.lastError).toEqual({ kind: 'validation', message: run.errorMessage });
    expect(view.deadLetterGroups.length).toBeLessThanOrEqual(2);
  });

  it('replays the group after the mapping is fixed: rows stored from the letters, letters resolved, no vendor call', async () => {
    await manager.client.ok(MAPPINGS, { id: connector.id, mappings: [] });
    const [amount] = (await groups()).deadLetterGroups.filter((g) => g.reason !== malformed.reason);
    if (!amount) throw new Error('no group for the broken mapping');
    const before = await t.rt.db.prisma.syncLog.count({ where: { connectorId: connector.id, syncType: { in: ['full', 'incremental'] } } });
    const result = await manager.client.ok<{ replayDeadLetters: Result<Replay> }>(REPLAY, { id: connector.id, ...pick(amount) });
    const replay = result.replayDeadLetters.data;
    expect(replay?.letters).toBe(amount.letters);
    expect(replay?.stored).toBeGreaterThan(4_900);
    expect((replay?.stored ?? 0) + (replay?.stillFailing ?? 0)).toBe(amount.letters);
    expect(await t.rt.db.prisma.syncLog.count({ where: { connectorId: connector.id, syncType: { in: ['full', 'incremental'] } } })).toBe(
      before,
    );
    expect(await t.rt.db.prisma.syncLog.count({ where: { connectorId: connector.id, syncType: 'replay' } })).toBe(1);
    expect((await groups('resolved')).deadLetterGroups.find((g) => g.reason === amount.reason)?.letters).toBe(replay?.stored);
  });

  it('dismisses a group; it stays dismissed when its row is rejected again', async () => {
    const dismissed = await manager.client.ok<{ dismissDeadLetters: Result<number> }>(DISMISS, { id: connector.id, ...pick(malformed) });
    expect(dismissed.dismissDeadLetters.data).toBe(1);
    await fullSync();
    expect((await groups()).deadLetterGroups.find((g) => g.reason === malformed.reason)).toBeUndefined();
    expect((await groups('dismissed')).deadLetterGroups).toEqual([expect.objectContaining({ reason: malformed.reason, letters: 1 })]);
  });

  it('lets only managers dismiss or replay', async () => {
    const viewer = await t.addUser(t.tenantId, 'viewer');
    for (const mutation of [DISMISS, REPLAY]) {
      const result = await viewer.client.gql(mutation, { id: connector.id, ...pick(malformed) });
      expect(result.errors[0]?.message).toMatch(/Not authorized/);
    }
  });
});

describe('apply a mapping change to stored rows', () => {
  it('re-maps the stored charges from raw in a remap run, counting what changed, without a vendor call', async () => {
    const upper = [{ stream: 'charges', source: 'description', target: 'description', transform: 'uppercase' }];
    await manager.client.ok(MAPPINGS, { id: connector.id, mappings: upper });
    const started = await manager.client.ok<{ applyMappingsToStoredRows: Result<Run & { syncType: string }> }>(
      `mutation($id: ID!, $stream: String!) { applyMappingsToStoredRows(connectorId: $id, stream: $stream) {
        ${ERRORS} ... on MutationApplyMappingsToStoredRowsSuccess { data { ${RUN} syncType } } } }`,
      { id: connector.id, stream: 'charges' },
    );
    const runId = started.applyMappingsToStoredRows.data?.id ?? '';
    expect(started.applyMappingsToStoredRows.data?.syncType).toBe('remap');
    const run = await waitUntil(async () => {
      const data = await manager.client.ok<{ syncRun: Run & { recordsUpdated: number } }>(
        `query($id: ID!) { syncRun(id: $id) { ${RUN} recordsUpdated } }`,
        { id: runId },
      );
      return data.syncRun.done ? data.syncRun : undefined;
    }, 'the remap run to end');
    expect(run.status).toBe('completed');
    expect(run.recordsUpdated).toBeGreaterThan(1000);
    const described = await t.rt.db.prisma.charge.findMany({ where: { connectorId: connector.id, description: { not: null } }, take: 50 });
    expect(described.length).toBeGreaterThan(0);
    expect(described.every((c) => c.description === c.description?.toUpperCase())).toBe(true);
  });

  it('refuses a stream the connector does not have, naming it', async () => {
    const result = await manager.client.ok<{ applyMappingsToStoredRows: Result<Run> }>(
      `mutation($id: ID!) { applyMappingsToStoredRows(connectorId: $id, stream: "deals") { ${ERRORS} } }`,
      { id: connector.id },
    );
    expect(result.applyMappingsToStoredRows).toMatchObject({
      __typename: 'InputError',
      message: expect.stringMatching(/no stream "deals"/),
    });
  });
});

const pick = (g: Group) => ({ stream: g.stream, reason: g.reason });
