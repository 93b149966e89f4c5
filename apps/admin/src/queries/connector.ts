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
        accountSelection
        defaultSchedule
        docsUrl
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
      syncLogs(first: 25) {
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
            rowsImported
            pages
            errorKind
            errorMessage
          }
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

/** One connector with its schedule, health and sync history; polled every second while a sync runs. */
export const connectorQuery = (tenantId: string, id: string) =>
  queryOptions({
    queryKey: keys.connector(tenantId, id),
    queryFn: async () => (await gql(ConnectorQuery, { id })).connector,
    refetchInterval: (query) => {
      const c = query.state.data;
      return c && (c.status === 'syncing' || c.currentSync) ? 1000 : 15_000;
    },
  });

/** Dead letters, newest first, a page of 20 at a time. */
export const deadLettersQuery = (tenantId: string, id: string) =>
  infiniteQueryOptions({
    queryKey: keys.deadLetters(tenantId, id),
    queryFn: async ({ pageParam }) => (await gql(DeadLettersQuery, { id, after: pageParam })).connector?.deadLetters ?? null,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null),
  });
