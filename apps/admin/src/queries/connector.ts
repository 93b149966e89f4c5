import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { gql } from '../graphql/client';
import { graphql } from '../graphql/generated';
import { keys } from './keys';

const ConnectorQuery = graphql(`
  query Connector($id: ID!) {
    connector(id: $id) {
      ...ConnectorCardFields
      settings
      createdAt
      webhookUrl
      deadLetterCount
      schedule {
        cron
        nextRuns
        paused
      }
      health {
        status
        message
        checkedAt
        latencyMs
        details
      }
      connectorType {
        id
        name
        description
        categoryLabel
        authMethod
        oauthAvailable
        sandboxAvailable
        writebackAvailable
        accountSelection
        defaultSchedule
        docsUrl
        settingsSchema
        authFields {
          name
          label
          secret
          pattern
          description
        }
        streams {
          name
          entity
          description
        }
      }
    }
  }
`);

const SyncLogsQuery = graphql(`
  query SyncLogs($id: ID!, $after: String) {
    connector(id: $id) {
      id
      syncLogs(first: 25, after: $after) {
        edges {
          node {
            id
            syncType
            status
            trigger
            startedAt
            completedAt
            durationMs
            elapsedMs
            recordsCreated
            recordsUpdated
            recordsFailed
            recordsRead
            rowsImported
            pages
            errorKind
            errorMessage
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const DeadLettersQuery = graphql(`
  query DeadLetters($id: ID!, $after: String) {
    connector(id: $id) {
      id
      deadLetters(first: 20, after: $after) {
        edges {
          node {
            id
            kind
            stream
            externalId
            reason
            payload
            createdAt
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** One connector with its schedule and health; polled every second while a sync runs. */
export const connectorQuery = (tenantId: string, id: string) =>
  queryOptions({
    queryKey: keys.connector(tenantId, id),
    queryFn: async () => (await gql(ConnectorQuery, { id })).connector,
    refetchInterval: (query) => {
      const c = query.state.data;
      return c && (c.status === 'syncing' || c.currentSync) ? 1000 : 15_000;
    },
  });

/**
 * The activity log, newest first, a page of 25 at a time ("Load more" for
 * older runs). The loaded pages are polled every second while the
 * connector syncs (`busy`, from the connector query) or the newest run is
 * still marked running, so a run's outcome shows without a reload.
 */
export const syncLogsQuery = (tenantId: string, id: string, busy = false) =>
  infiniteQueryOptions({
    queryKey: keys.syncLogs(tenantId, id),
    queryFn: async ({ pageParam }) => (await gql(SyncLogsQuery, { id, after: pageParam })).connector?.syncLogs ?? null,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null),
    refetchInterval: (query) => (busy || query.state.data?.pages[0]?.edges[0]?.node.status === 'running' ? 1000 : 15_000),
  });

/** Dead letters, newest first, a page of 20 at a time. */
export const deadLettersQuery = (tenantId: string, id: string) =>
  infiniteQueryOptions({
    queryKey: keys.deadLetters(tenantId, id),
    queryFn: async ({ pageParam }) => (await gql(DeadLettersQuery, { id, after: pageParam })).connector?.deadLetters ?? null,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null),
  });
