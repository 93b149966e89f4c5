import type { ExpectedRecords } from '@tributary/conformance';
import { PIPELINES, type HubSpotSimulator, type SimObject } from '../sandbox/index.js';

/** Minor-unit exponents of the simulator's currencies (ISO 4217). */
const EXPONENT: Readonly<Record<string, number>> = { JPY: 0 };
const num = (value: string | null | undefined) => (value === null || value === undefined || value === '' ? undefined : Number(value));

/** A decimal string in minor units, computed apart from the connector's money helpers. */
function minor(amount: string | null | undefined, currency: string | undefined): number | undefined {
  if (!currency || amount === null || amount === undefined || amount === '') return undefined;
  const [whole = '0', fraction = ''] = amount.split('.');
  const digits = EXPONENT[currency] ?? 2;
  return Number(`${whole}${fraction.padEnd(digits, '0').slice(0, digits)}`);
}

function stageOf(stageId: string | null | undefined) {
  for (const pipeline of PIPELINES) {
    const stage = pipeline.stages.find((s) => s.id === stageId);
    if (stage) return { label: stage.label, status: stage.closed ? (Number(stage.probability) >= 1 ? 'won' : 'lost') : 'open' };
  }
  return { label: stageId ?? undefined, status: undefined };
}

const company = (c: SimObject) => ({
  name: c.props['name'] || c.props['domain'] || `HubSpot company ${c.id}`,
  domain: c.props['domain'] ?? undefined,
  industry: c.props['industry'] ?? undefined,
  employeeCount: num(c.props['numberofemployees']),
  annualRevenue: num(c.props['annualrevenue']),
});

const contact = (c: SimObject) => ({
  email: c.props['email']?.toLowerCase() ?? undefined,
  firstName: c.props['firstname'] ?? undefined,
  lastName: c.props['lastname'] ?? undefined,
  title: c.props['jobtitle'] ?? undefined,
  phone: c.props['phone'] ?? undefined,
  accountExternalId: c.props['associatedcompanyid'] ?? undefined,
  kind: c.props['lifecyclestage'] ?? 'contact',
});

function deal(d: SimObject, sim: HubSpotSimulator) {
  const currency = d.props['deal_currency_code'] ?? undefined;
  const amount = minor(d.props['amount'], currency);
  const stage = stageOf(d.props['dealstage']);
  return {
    name: d.props['dealname'] ?? undefined,
    amount,
    currency: amount === undefined ? undefined : currency,
    stage: stage.label,
    status: stage.status,
    closeDate: d.props['closedate']?.slice(0, 10),
    accountExternalId: sim.data.linksOf('deals', d.id, 'companies')[0],
  };
}

const activity = (sim: HubSpotSimulator, type: 'meetings' | 'calls', a: SimObject, at: string | null | undefined) => ({
  type: type === 'meetings' ? 'meeting' : 'call',
  occurredAt: new Date(at ?? a.createdAt),
  accountExternalId: sim.data.linksOf(type, a.id, 'companies')[0],
});

/**
 * What the portal holds, as canonical expectations, computed from the
 * simulator's records without the connector's code. Fields read from a
 * linked contact (a deal's contact email, an engagement's contact) are left
 * out: archiving a contact changes them without changing the deal or the
 * engagement, and they are refreshed when the record is next read (see the
 * README); `hubspot-sync.test.ts` checks them after full syncs.
 */
export function hubspotExpected(sim: HubSpotSimulator): ExpectedRecords {
  const { data } = sim;
  const activities = new Map<string, Record<string, unknown>>();
  for (const m of data.records('meetings')) activities.set(m.id, activity(sim, 'meetings', m, m.props['hs_meeting_start_time']));
  for (const c of data.records('calls')) activities.set(c.id, activity(sim, 'calls', c, c.props['hs_timestamp']));
  return {
    account: new Map(data.records('companies').map((c) => [c.id, company(c)])),
    person: new Map(data.records('contacts').map((c) => [c.id, contact(c)])),
    deal: new Map(data.records('deals').map((d) => [d.id, deal(d, sim)])),
    activity: activities,
  };
}
