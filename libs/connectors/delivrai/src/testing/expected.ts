import type { ExpectedRecords } from '@tributary/conformance';
import type { DelivraiSimulator, SimEvent } from '../sandbox/index.js';

const domainOf = (value: string): string =>
  value
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');

/** The company an event names, as the account it should become (keyed by domain). */
function accountOf(e: SimEvent): [string, Record<string, unknown>] | undefined {
  if (!e.company_domain) return undefined;
  const domain = domainOf(e.company_domain);
  return [domain, { name: e.company_name, domain, industry: e.company_industry, employeeCount: e.company_employee_count }];
}

function activityOf(e: SimEvent): Record<string, unknown> {
  return {
    type: e.intent_topics.length > 0 ? 'intent_signal' : 'site_visit',
    channel: 'intent',
    occurredAt: new Date(e.timestamp).toISOString(),
    personExternalId: e.email ?? undefined,
    accountExternalId: e.company_domain ? domainOf(e.company_domain) : undefined,
  };
}

/** The events a sync of the last `historyDays` reads (all of the simulator's, by default). */
const liveEvents = (sim: DelivraiSimulator): SimEvent[] => [...sim.events.range()].map(([, e]) => e);

/**
 * What Delivr.ai holds, as canonical expectations, computed from the
 * simulator's events without the connector's code.
 */
export function delivraiExpected(sim: DelivraiSimulator): ExpectedRecords {
  const events = liveEvents(sim);
  const activity = new Map(events.map((e) => [e.event_id, activityOf(e)] as const));
  const account = new Map(
    events.flatMap((e) => {
      const found = accountOf(e);
      return found ? [found] : [];
    }),
  );
  return { activity, account };
}

/** Every stored row's content, by entity and id: what a vendor-side change creates or updates. */
export function delivraiSnapshot(sim: DelivraiSimulator): Map<string, string> {
  const rows = new Map<string, string>();
  for (const e of liveEvents(sim)) {
    rows.set(`activity:${e.event_id}`, JSON.stringify(e));
    const account = accountOf(e);
    if (account) rows.set(`account:${account[0]}`, JSON.stringify(account[1]));
  }
  return rows;
}
