import { forTenant, type Database } from '@tributary/db';
import type { SyncOutcome } from '@tributary/sync';
import { money, num, out, table } from './print.js';

export function printOutcome(label: string, o: SyncOutcome): void {
  const rate = o.durationMs > 0 ? Math.round(((o.created + o.updated) / o.durationMs) * 1000) : 0;
  out(`${label}: ${o.status} in ${(o.durationMs / 1000).toFixed(1)} s, ${num(o.pages)} pages`);
  out(`  created ${num(o.created)}, updated ${num(o.updated)}, failed ${num(o.failed)}${rate ? ` (${num(rate)} records/s)` : ''}`);
  if (o.error) out(`  error (${o.error.kind}): ${o.error.message}\n  fix: ${o.error.suggestedFix}`);
}

/** What the database now holds for the connector. */
export async function printHoldings(db: Database, tenantId: string, connectorId: string): Promise<void> {
  const scope = forTenant(db.prisma, tenantId);
  const where = { tenantId, connectorId, deletedAt: null };
  out('\nStored (live rows):');
  table([
    ['people', num(await scope.canonical.count('person', connectorId))],
    ['charges', num(await scope.canonical.count('charge', connectorId))],
    ['activities', num(await scope.canonical.count('activity', connectorId))],
    ['tombstoned people', num(await db.prisma.person.count({ where: { tenantId, connectorId, deletedAt: { not: null } } }))],
    ['dead letters', num(await scope.deadLetters.count(connectorId))],
  ]);
  const revenue = await db.prisma.charge.groupBy({
    by: ['currency'],
    where: { ...where, status: 'succeeded' },
    _sum: { amount: true, amountRefunded: true },
    _count: true,
    orderBy: { currency: 'asc' },
  });
  out('\nSucceeded charges by currency (net of refunds):');
  table(
    revenue.map((r) => [
      r.currency,
      `${num(r._count)} charges`,
      money(Number(r._sum.amount ?? 0n) - Number(r._sum.amountRefunded ?? 0n), r.currency),
    ]),
  );
  const top = await db.prisma.charge.findMany({ where, orderBy: { amount: 'desc' }, take: 3 });
  out('\nLargest charges:');
  table(
    top.map((c) => [
      c.externalId,
      money(Number(c.amount), c.currency),
      c.status,
      c.customerEmail ?? '-',
      c.occurredAt.toISOString().slice(0, 10),
    ]),
  );
  const letters = await scope.deadLetters.list(connectorId, { take: 2 });
  if (letters.length) {
    out('\nDead letters (first two):');
    for (const l of letters) out(`  ${l.stream} ${l.externalId ?? ''}: ${l.reason}`);
  }
}
