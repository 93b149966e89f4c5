import { queryOptions } from '@tanstack/react-query';
import { gql } from '../graphql/client';
import { unwrap } from '../graphql/errors';
import { graphql } from '../graphql/generated';
import { keys } from './keys';

/** What the console shows of a remap run. */
export const RemapRunFields = graphql(`
  fragment RemapRunFields on SyncLog {
    id
    syncType
    status
    done
    recordsRead
    recordsUpdated
    recordsFailed
    errorMessage
  }
`);

const SyncRunQuery = graphql(`
  query SyncRun($id: ID!) {
    syncRun(id: $id) {
      ...RemapRunFields
    }
  }
`);

const ApplyMappings = graphql(`
  mutation ApplyMappingsToStoredRows($connectorId: ID!, $stream: String!) {
    applyMappingsToStoredRows(connectorId: $connectorId, stream: $stream) {
      ... on MutationApplyMappingsToStoredRowsSuccess {
        data {
          ...RemapRunFields
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

/** One sync run, polled every second until it is done (a remap run's progress and outcome). */
export const syncRunQuery = (tenantId: string, connectorId: string, runId: string) =>
  queryOptions({
    queryKey: keys.syncRun(tenantId, connectorId, runId),
    queryFn: async () => (await gql(SyncRunQuery, { id: runId })).syncRun,
    refetchInterval: (query) => (query.state.data?.done ? false : 1000),
  });

/** Re-map and re-validate the stored rows of one stream with today's mappings (no vendor call): starts a remap run. */
export const applyMappingsToStoredRows = async (connectorId: string, stream: string) =>
  unwrap((await gql(ApplyMappings, { connectorId, stream })).applyMappingsToStoredRows);
