import {
  changedScores,
  computeEngagementScores,
  ConfigError,
  EngagementWeights,
  toConnectorError,
  type EngagementWeightsInput,
  type WritebackItem,
} from '@tributary/core';
import { forTenant, type NewDeadLetter } from '@tributary/db';
import { withFreshSession } from './auth-retry.js';
import { openSession, type SyncDeps } from './session.js';

/** What a connector's settings say about writeback (the shared shape: `writeback.enabled`, `writeback.weights`). */
interface WritebackSettingsShape {
  writeback?: { enabled?: boolean; weights?: EngagementWeightsInput };
}

export interface WritebackOutcome {
  /** Scores that differed from the last written value. */
  changed: number;
  written: number;
  failed: number;
  errors: { externalId: string; error: string }[];
}

type Entity = 'person' | 'account';

/** Whether the connector writes back and its settings have writeback turned on. */
export async function writebackEnabled(deps: SyncDeps, tenantId: string, connectorId: string): Promise<boolean> {
  const row = await forTenant(deps.db.prisma, tenantId).connectors.get(connectorId);
  if (!row || !deps.registry.has(row.type) || !deps.registry.get(row.type).writeback) return false;
  const settings = deps.registry.get(row.type).settingsSchema.safeParse(row.settings ?? {});
  return settings.success && (settings.data as WritebackSettingsShape).writeback?.enabled === true;
}

/**
 * Compute engagement scores from the connector's canonical activities and
 * write back only the ones that changed since the last write, through the
 * connector's `writeback` (opt-in: `settings.writeback.enabled`). Values
 * the vendor accepted are remembered; each rejected one is a dead letter
 * with the vendor's reason, never lost.
 *
 * @example
 * const outcome = await runWriteback(deps, tenantId, connectorId); // { changed, written, failed, errors }
 */
export async function runWriteback(deps: SyncDeps, tenantId: string, connectorId: string, now = new Date()): Promise<WritebackOutcome> {
  const scope = forTenant(deps.db.prisma, tenantId);
  const row = await scope.connectors.getOrThrow(connectorId);
  const connector = deps.registry.has(row.type) ? deps.registry.get(row.type) : undefined;
  if (!connector?.writeback) throw new ConfigError(`Writeback is not supported by this connector (${connector?.name ?? row.type})`);
  const settings = (connector.settingsSchema.parse(row.settings ?? {}) ?? {}) as WritebackSettingsShape;
  if (settings.writeback?.enabled !== true)
    throw new ConfigError(`Writeback is off for ${connector.name}; turn it on in the connector settings`);
  const weights = EngagementWeights.parse(settings.writeback.weights ?? {});
  const since = new Date(now.getTime() - weights.windowDays * 86_400_000);
  const activities = await deps.db.prisma.activity.findMany({
    where: { tenantId, connectorId, deletedAt: null, occurredAt: { gte: since } },
    select: { type: true, occurredAt: true, personExternalId: true, accountExternalId: true },
  });
  const scores = computeEngagementScores(activities, weights, now);
  const items = [
    ...(await itemsFor(deps, tenantId, connectorId, 'person', scores.people)),
    ...(await itemsFor(deps, tenantId, connectorId, 'account', scores.accounts)),
  ];
  if (items.length === 0) return { changed: 0, written: 0, failed: 0, errors: [] };
  const results = await withFreshSession(
    deps,
    tenantId,
    connectorId,
    () => openSession(deps, tenantId, connectorId, 'incremental'),
    (session) => (connector.writeback ? connector.writeback(session.credentials, items, session.options) : Promise.resolve([])),
  );
  return record(deps, tenantId, connectorId, items, results);
}

/** Items for the scores of one entity that differ from the last written values, for records that still exist. */
async function itemsFor(
  deps: SyncDeps,
  tenantId: string,
  connectorId: string,
  entity: Entity,
  next: Record<string, number>,
): Promise<WritebackItem[]> {
  const stored = await deps.db.prisma.writebackValue.findMany({ where: { tenantId, connectorId, entity } });
  const changes = changedScores(Object.fromEntries(stored.map((v) => [v.externalId, v.value])), next);
  const ids = changes.map((c) => c.externalId);
  const live =
    entity === 'person'
      ? await deps.db.prisma.person.findMany({
          where: { tenantId, connectorId, externalId: { in: ids }, deletedAt: null },
          select: { externalId: true, kind: true },
        })
      : (
          await deps.db.prisma.account.findMany({
            where: { tenantId, connectorId, externalId: { in: ids }, deletedAt: null },
            select: { externalId: true },
          })
        ).map((a) => ({ ...a, kind: null }));
  const kinds = new Map(live.map((p) => [p.externalId, p.kind]));
  return changes
    .filter((c) => kinds.has(c.externalId))
    .map((c) => ({
      entity,
      externalId: c.externalId,
      stream: entity === 'account' ? 'accounts' : kinds.get(c.externalId) === 'lead' ? 'leads' : 'contacts',
      fields: { score: c.score },
    }));
}

type WriteResult = { externalId: string; ok: boolean; error?: string };

/** Dead letters (stream `writeback`, one per record) for the items the vendor rejected, each with its reason. */
function rejectedLetters(items: readonly WritebackItem[], failed: readonly WriteResult[]): NewDeadLetter[] {
  const byId = new Map(items.map((i) => [`${i.entity}:${i.externalId}`, i]));
  return failed.map((r) => ({
    kind: 'record',
    stream: 'writeback',
    externalId: r.externalId,
    reason: `Writeback rejected: ${r.error ?? 'no reason given'}`,
    payload: byId.get(`person:${r.externalId}`) ?? byId.get(`account:${r.externalId}`) ?? { externalId: r.externalId },
  }));
}

/**
 * Keep the records the vendor rejected in a writeback of explicit items
 * (not computed scores) as dead letters with their reasons.
 *
 * @example
 * const results = await connector.writeback(credentials, items, options);
 * await recordRejectedWrites(deps, tenantId, connectorId, items, results);
 */
export async function recordRejectedWrites(
  deps: Pick<SyncDeps, 'db'>,
  tenantId: string,
  connectorId: string,
  items: readonly WritebackItem[],
  results: readonly WriteResult[],
): Promise<number> {
  return forTenant(deps.db.prisma, tenantId).deadLetters.addMany(
    connectorId,
    null,
    rejectedLetters(
      items,
      results.filter((r) => !r.ok),
    ),
  );
}

/**
 * A writeback that failed as a whole (vendor outage, expired credentials,
 * writeback turned off) after its retries: a dead letter on the connector
 * (stream `writeback`) with what happened, so the console shows it. Nothing
 * is lost: no score was remembered as written, so the next writeback sends
 * every changed one again.
 */
export async function recordWritebackFailure(
  deps: Pick<SyncDeps, 'db'>,
  tenantId: string,
  connectorId: string,
  error: unknown,
): Promise<void> {
  const failure = toConnectorError(error);
  await forTenant(deps.db.prisma, tenantId).deadLetters.addMany(connectorId, null, [
    {
      kind: 'batch',
      stream: 'writeback',
      reason: `Writeback failed (${failure.kind}): ${failure.message}. No score was written; the next writeback sends every changed score.`,
      payload: { error: { kind: failure.kind, message: failure.message } },
    },
  ]);
}

async function record(
  deps: SyncDeps,
  tenantId: string,
  connectorId: string,
  items: WritebackItem[],
  results: WriteResult[],
): Promise<WritebackOutcome> {
  const ok = results.filter((r) => r.ok);
  const failed = results.filter((r) => !r.ok);
  await deps.db.prisma.$transaction(async (tx) => {
    for (const r of ok) {
      const item = items.find((i) => i.externalId === r.externalId);
      if (!item) continue;
      const value = Number(item.fields['score'] ?? 0);
      const key = { tenantId, connectorId, entity: item.entity, externalId: item.externalId };
      await tx.writebackValue.upsert({
        where: { tenantId_connectorId_entity_externalId: key },
        create: { ...key, value },
        update: { value, writtenAt: new Date() },
      });
    }
    await forTenant(tx, tenantId).deadLetters.addMany(connectorId, null, rejectedLetters(items, failed));
  });
  return {
    changed: items.length,
    written: ok.length,
    failed: failed.length,
    errors: failed.map((r) => ({ externalId: r.externalId, error: r.error ?? 'rejected' })),
  };
}
