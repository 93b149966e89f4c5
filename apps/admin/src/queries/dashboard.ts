import { queryOptions } from '@tanstack/react-query';
import { gql } from '../graphql/client';
import type { TypedDocumentString } from '../graphql/generated/graphql';
import { keys } from './keys';
import { ChannelMetricsPage, DealsPage, RevenuePage } from './metrics';

/** At most this many pages of 100 per chart: enough for a quarter of daily metrics; the UI says when it stopped early. */
export const MAX_PAGES = 30;

interface Page<N> {
  page: { edges: { node: N }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
}

type Vars = { filter?: { from?: string | null; to?: string | null } | null; after?: string | null };

/** Walk a connection page by page (cursor pagination) up to {@link MAX_PAGES}. */
export async function fetchAll<N>(document: TypedDocumentString<Page<N>, Vars>, filter: Vars['filter']) {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const { page }: Page<N> = await gql(document, { filter, after });
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return { nodes, truncated: false };
    after = page.pageInfo.endCursor ?? null;
  }
  return { nodes, truncated: true };
}

export type Range = { from: string; to: string };

export const channelMetricsQuery = (tenantId: string, range: Range) =>
  queryOptions({ queryKey: keys.channelMetrics(tenantId, range), queryFn: () => fetchAll(ChannelMetricsPage, range) });

export const revenueQuery = (tenantId: string, range: Range) =>
  queryOptions({
    queryKey: keys.revenue(tenantId, range),
    queryFn: async () => {
      const [charges, deals] = await Promise.all([fetchAll(RevenuePage, range), fetchAll(DealsPage, range)]);
      return { charges, deals };
    },
  });
