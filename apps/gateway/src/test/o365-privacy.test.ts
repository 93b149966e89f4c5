import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../testing/client.js';
import { connectThroughSandbox } from '../testing/connect-oauth.js';
import { TRIGGER_SYNC } from '../testing/documents.js';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';
import { isRefused } from '../testing/mutations.js';
import { syncSettled } from '../testing/wait.js';

const PRIVACY = 'dpaAcceptedAt dpaAcceptedBy dpaVersion currentDpaVersion dpaText allowedDomains ownDomain includeSubjects syncAllowed';
const QUERY = `query($id: ID!) { o365Privacy(connectorId: $id) { __typename ... on QueryO365PrivacySuccess { data { ${PRIVACY} } } ... on Error { message } } }`;
const ACCEPT = `mutation($id: ID!, $version: String!) { acceptO365Dpa(connectorId: $id, version: $version) { __typename ... on MutationAcceptO365DpaSuccess { data { ${PRIVACY} } } ... on Error { message } } }`;
const UPDATE = `mutation($id: ID!, $domains: [String!]!, $own: String, $subjects: Boolean) {
  updateO365Privacy(connectorId: $id, allowedDomains: $domains, ownDomain: $own, includeSubjects: $subjects) {
    __typename ... on MutationUpdateO365PrivacySuccess { data { ${PRIVACY} } } ... on InputError { message fieldErrors { path message } } ... on Error { message }
  }
}`;
const SETTINGS = `mutation($id: ID!, $settings: JSON!) { updateConnectorSettings(connectorId: $id, settings: $settings) { __typename ... on Error { message } } }`;

interface Privacy {
  dpaAcceptedAt: string | null;
  dpaAcceptedBy: string | null;
  currentDpaVersion: string;
  dpaText: string;
  allowedDomains: string[];
  ownDomain: string | null;
  syncAllowed: boolean;
}

describe('Office 365 privacy through the gateway', () => {
  let t: TestGateway;
  let viewer: SignedIn;
  let id: string;

  beforeAll(async () => {
    t = await startTestGateway();
    viewer = await t.addUser(t.tenantId, 'viewer');
    id = await connectThroughSandbox(t.admin.client, 'o365');
    await syncSettled(t.rt, t.tenantId, id);
  }, 180_000);
  afterAll(() => t?.close());

  const sync = async () => {
    await t.admin.client.ok(TRIGGER_SYNC, { id, full: true });
    return syncSettled(t.rt, t.tenantId, id);
  };

  it('blocks the first sync until the DPA is accepted, saying how to fix it', async () => {
    const log = await syncSettled(t.rt, t.tenantId, id);
    expect(log).toMatchObject({ status: 'failed', errorKind: 'config' });
    expect(log.errorMessage).toMatch(/Data Processing Agreement/);
    const shown = await viewer.client.ok<{ o365Privacy: Result<Privacy> }>(QUERY, { id });
    expect(shown.o365Privacy.data).toMatchObject({ dpaAcceptedAt: null, allowedDomains: [], syncAllowed: false });
    expect(shown.o365Privacy.data?.dpaText).toMatch(/never read or stored/);
  });

  it('lets a manager accept the current DPA and set the allowlist, refuses viewers, validates and audits', async () => {
    const refused = await viewer.client.gql(ACCEPT, { id, version: '2026-12' });
    expect(isRefused(refused, 'acceptO365Dpa')).toBe(true);
    const stale = await t.admin.client.ok<{ acceptO365Dpa: Result<Privacy> }>(ACCEPT, { id, version: '2020-01' });
    expect(stale.acceptO365Dpa.__typename).toBe('InputError');
    const current = (await t.admin.client.ok<{ o365Privacy: Result<Privacy> }>(QUERY, { id })).o365Privacy.data?.currentDpaVersion;
    const accepted = await t.admin.client.ok<{ acceptO365Dpa: Result<Privacy> }>(ACCEPT, { id, version: current });
    expect(accepted.acceptO365Dpa.data).toMatchObject({ dpaAcceptedBy: t.admin.email, syncAllowed: true });
    const own = await t.admin.client.ok<{ updateO365Privacy: Result<Privacy> }>(UPDATE, {
      id,
      domains: ['northwind.example'],
      own: 'northwind.example',
    });
    expect(own.updateO365Privacy.__typename).toBe('InputError');
    const saved = await t.admin.client.ok<{ updateO365Privacy: Result<Privacy> }>(UPDATE, {
      id,
      domains: [' @ACME.example', 'acme.example'],
      own: 'northwind.example',
      subjects: false,
    });
    expect(saved.updateO365Privacy.data).toMatchObject({ allowedDomains: ['acme.example'], ownDomain: 'northwind.example' });
    const actions = (await t.rt.db.prisma.auditLog.findMany({ where: { tenantId: t.tenantId, targetId: id } })).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['connector.privacy.dpa_accept', 'connector.privacy.update']));
  });

  it('refuses privacy through the generic settings, then syncs only the allowed correspondence', async () => {
    const forged = await t.admin.client.ok<{ updateConnectorSettings: { __typename: string } }>(SETTINGS, {
      id,
      settings: { privacy: { allowedDomains: ['globex.example'] } },
    });
    expect(forged.updateConnectorSettings.__typename).toBe('InputError');
    const log = await sync();
    expect(log, log.errorMessage ?? '').toMatchObject({ status: 'completed' });
    const participants = await t.rt.db.prisma.activityParticipant.findMany({ where: { connectorId: id, deletedAt: null } });
    expect(participants.length).toBeGreaterThan(0);
    expect(participants.every((p) => p.email?.endsWith('@acme.example') && p.internal === false)).toBe(true);
    const activities = await t.rt.db.prisma.activity.findMany({ where: { connectorId: id } });
    expect(new Set(activities.map((a) => a.type))).toEqual(new Set(['email_received', 'email_sent', 'meeting']));
    expect(JSON.stringify(activities)).not.toMatch(/northwind\.example|globex\.example/);
  });
});
