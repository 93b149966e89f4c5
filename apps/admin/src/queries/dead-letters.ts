import { queryOptions } from '@tanstack/react-query';
import { gql } from '../graphql/client';
import { unwrap } from '../graphql/errors';
import { graphql } from '../graphql/generated';
import type { DeadLetterStatus } from '../graphql/generated/graphql';
import { keys } from './keys';

const DeadLetterGroupsQuery = graphql(`
  query DeadLetterGroups($id: ID!, $status: DeadLetterStatus) {
    connector(id: $id) {
      id
      deadLetterGroups(status: $status) {
        stream
        reason
        kind
        status
        letters
        occurrences
        lastSeenAt
        samples(take: 3) {
          id
          externalId
          count
          lastSeenAt
          payload
        }
      }
    }
  }
`);

const DismissDeadLetters = graphql(`
  mutation DismissDeadLetters($connectorId: ID!, $stream: String!, $reason: String!) {
    dismissDeadLetters(connectorId: $connectorId, stream: $stream, reason: $reason) {
      ... on MutationDismissDeadLettersSuccess {
        data
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const ReplayDeadLetters = graphql(`
  mutation ReplayDeadLetters($connectorId: ID!, $stream: String!, $reason: String!) {
    replayDeadLetters(connectorId: $connectorId, stream: $stream, reason: $reason) {
      ... on MutationReplayDeadLettersSuccess {
        data {
          letters
          stored
          stillFailing
          reason
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

/** Dead letters grouped by stream and reason (open ones by default). */
export const deadLetterGroupsQuery = (tenantId: string, id: string, status: DeadLetterStatus) =>
  queryOptions({
    queryKey: [...keys.deadLetters(tenantId, id), 'groups', status] as const,
    queryFn: async () => (await gql(DeadLetterGroupsQuery, { id, status })).connector?.deadLetterGroups ?? [],
  });

export interface GroupKey {
  connectorId: string;
  stream: string;
  reason: string;
}

export const dismissDeadLetters = async (group: GroupKey) => unwrap((await gql(DismissDeadLetters, group)).dismissDeadLetters);

export const replayDeadLetters = async (group: GroupKey) => unwrap((await gql(ReplayDeadLetters, group)).replayDeadLetters);
