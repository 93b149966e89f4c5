import { queryOptions } from '@tanstack/react-query';
import { gql } from '../graphql/client';
import { DeadLettersQuery } from './connector';
import { keys } from './keys';
import type { SampleRow } from './mappings';
import { SamplesQuery } from './records';

/** Raw rows to try mappings on, per canonical entity and from the dead letters (which carry their stream). */
export interface MappingSamples {
  /** Synced rows: the vendor row and the stored record (what the connector derived at sync). */
  byEntity: Record<string, { raw: unknown; stored: unknown }[]>;
  deadLetters: SampleRow[];
}

const raws = (page: { edges: { node: { raw: unknown; stored: unknown } }[] }) =>
  page.edges.map((e) => ({ raw: e.node.raw, stored: e.node.stored }));

/** Samples for the mapping preview: a few synced rows of each entity (their `raw`) and the latest dead letters. */
export const mappingSamplesQuery = (tenantId: string, connectorId: string) =>
  queryOptions({
    queryKey: keys.samples(tenantId, connectorId),
    queryFn: async (): Promise<MappingSamples> => {
      const [records, letters] = await Promise.all([
        gql(SamplesQuery, { filter: { connectorId } }),
        gql(DeadLettersQuery, { id: connectorId, after: null }),
      ]);
      return {
        byEntity: {
          person: raws(records.people),
          account: raws(records.accounts),
          activity: raws(records.activities),
          deal: raws(records.deals),
          charge: raws(records.charges),
          channel_metric: raws(records.channelMetrics),
        },
        deadLetters: (letters.connector?.deadLetters.edges ?? [])
          .filter((e) => e.node.kind === 'record')
          .map((e) => ({ stream: e.node.stream, raw: e.node.payload })),
      };
    },
    staleTime: 60_000,
  });

/** The samples of one stream: its dead letters first (the rows a mapping change is most likely meant to fix), then synced rows. */
export function samplesFor(samples: MappingSamples | undefined, stream: string, entity: string, limit = 4): SampleRow[] {
  if (!samples) return [];
  const letters = samples.deadLetters.filter((s) => s.stream === stream);
  // A synced row's stored record stands in for what the connector derived: `$.` sources then preview with values.
  const records = (samples.byEntity[entity] ?? []).map(({ raw, stored }) => ({ stream, raw, derived: stored }));
  return [...letters, ...records].slice(0, limit);
}
