import type { ExpectedRecords } from '@tributary/conformance';
import type { CustomerioSimulator, SimMessage, SimPerson } from '../sandbox/index.js';

const iso = (seconds: number): string => new Date(seconds * 1000).toISOString();

function personOf(p: SimPerson): Record<string, unknown> {
  return {
    email: (p.attributes['email'] ?? p.email)?.toLowerCase(),
    firstName: p.attributes['first_name'],
    lastName: p.attributes['last_name'],
    kind: 'customer',
  };
}

/** The activities of one delivery: `email_sent` under its id, then one per later metric under `{id}:{metric}`. */
function activitiesOf(m: SimMessage): [string, Record<string, unknown>][] {
  const person = m.customer_identifiers.cio_id;
  return Object.entries(m.metrics).map(([metric, at]) => [
    metric === 'sent' ? m.id : `${m.id}:${metric}`,
    { type: `${m.type}_${metric}`, channel: m.type, occurredAt: iso(at), personExternalId: person },
  ]);
}

/**
 * What Customer.io holds, as canonical expectations, computed from the
 * simulator's records without the connector's code.
 */
export function customerioExpected(sim: CustomerioSimulator): ExpectedRecords {
  const person = new Map([...sim.people.range()].map(([, p]) => [p.cio_id, personOf(p)] as const));
  const activity = new Map([...sim.messages.range()].flatMap(([, m]) => activitiesOf(m)));
  return { person, activity };
}

/**
 * What a stored row is made of, by entity and id: a change here is a
 * changed row (the raw row and the canonical fields), for counting what a
 * vendor-side change should create and update.
 */
export function customerioSnapshot(sim: CustomerioSimulator): Map<string, string> {
  const rows = new Map<string, string>();
  for (const [, p] of sim.people.range()) rows.set(`person:${p.cio_id}`, JSON.stringify(p));
  for (const [, m] of sim.messages.range()) {
    for (const [id, fields] of activitiesOf(m)) rows.set(`activity:${id}`, JSON.stringify(id === m.id ? m : fields));
  }
  return rows;
}
