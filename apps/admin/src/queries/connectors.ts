import { queryOptions } from '@tanstack/react-query';
import { gql } from '../graphql/client';
import { graphql } from '../graphql/generated';
import type { ConnectorCardFieldsFragment } from '../graphql/generated/graphql';
import { keys } from './keys';

export const ConnectorCardFields = graphql(`
  fragment ConnectorCardFields on Connector {
    id
    type
    name
    status
    connected
    sandbox
    accountId
    accountName
    lastSyncAt
    lastError {
      kind
      message
      suggestedFix
    }
    rowsHeld
    currentSync {
      id
      pages
      rowsImported
      recordsRead
      recordsFailed
      elapsedMs
    }
    lastSync {
      id
      status
      rowsImported
      recordsFailed
      completedAt
    }
    health {
      status
      message
      checkedAt
    }
    credentialWarning {
      expiresAt
      expired
      message
    }
    recentSyncs: syncLogs(first: 10) {
      edges {
        node {
          status
          rowsImported
        }
      }
    }
  }
`);

const SensorsQuery = graphql(`
  query Sensors {
    connectorTypes {
      id
      name
      description
      category
      categoryLabel
      authMethod
      oauthAvailable
      sandboxAvailable
      accountSelection
      docsUrl
      authFields {
        name
        label
        secret
        pattern
        description
      }
    }
    connectors {
      ...ConnectorCardFields
    }
  }
`);

export type ConnectorSummary = ConnectorCardFieldsFragment;

/**
 * The last sync imported nothing and none of the recent ones did either: an
 * empty date range, not merely "nothing changed" (unchanged rows are not
 * counted as imported).
 */
export const importsNothing = (c: Pick<ConnectorSummary, 'lastSync' | 'recentSyncs'>) =>
  c.lastSync?.status === 'completed' &&
  c.lastSync.rowsImported === 0 &&
  c.recentSyncs.edges.every((e) => e.node.status !== 'completed' || e.node.rowsImported === 0);

const busy = (connectors: { status: string; currentSync?: unknown }[]) => connectors.some((c) => c.status === 'syncing' || c.currentSync);

/** The catalog and this tenant's connections, polled every 1.5 s while a sync runs. */
export const sensorsQuery = (tenantId: string) =>
  queryOptions({
    queryKey: keys.connectorList(tenantId),
    queryFn: () => gql(SensorsQuery),
    refetchInterval: (query) => (query.state.data && busy(query.state.data.connectors) ? 1500 : 15_000),
  });
