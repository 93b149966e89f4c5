import { queryOptions } from '@tanstack/react-query';
import { gql } from '../graphql/client';
import { unwrap } from '../graphql/errors';
import { graphql } from '../graphql/generated';
import { keys } from './keys';

const O365PrivacyQuery = graphql(`
  query O365Privacy($connectorId: ID!) {
    o365Privacy(connectorId: $connectorId) {
      ... on QueryO365PrivacySuccess {
        data {
          ...O365PrivacyFields
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

graphql(`
  fragment O365PrivacyFields on O365Privacy {
    connectorId
    dpaAcceptedAt
    dpaAcceptedBy
    dpaVersion
    currentDpaVersion
    dpaText
    allowedDomains
    ownDomain
    includeSubjects
    syncAllowed
  }
`);

const AcceptO365Dpa = graphql(`
  mutation AcceptO365Dpa($connectorId: ID!, $version: String!) {
    acceptO365Dpa(connectorId: $connectorId, version: $version) {
      ... on MutationAcceptO365DpaSuccess {
        data {
          ...O365PrivacyFields
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const UpdateO365Privacy = graphql(`
  mutation UpdateO365Privacy($connectorId: ID!, $allowedDomains: [String!]!, $ownDomain: String, $includeSubjects: Boolean) {
    updateO365Privacy(
      connectorId: $connectorId
      allowedDomains: $allowedDomains
      ownDomain: $ownDomain
      includeSubjects: $includeSubjects
    ) {
      ... on MutationUpdateO365PrivacySuccess {
        data {
          ...O365PrivacyFields
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

/** An Office 365 connector's privacy record: the DPA (text, version, acceptance), allowed domains, own domain, subjects. */
export const o365PrivacyQuery = (tenantId: string, connectorId: string) =>
  queryOptions({
    queryKey: keys.o365Privacy(tenantId, connectorId),
    queryFn: async () => unwrap((await gql(O365PrivacyQuery, { connectorId })).o365Privacy),
  });

export const acceptO365Dpa = async (connectorId: string, version: string) =>
  unwrap((await gql(AcceptO365Dpa, { connectorId, version })).acceptO365Dpa);

export const updateO365Privacy = async (
  connectorId: string,
  input: { allowedDomains: string[]; ownDomain: string | null; includeSubjects: boolean },
) => unwrap((await gql(UpdateO365Privacy, { connectorId, ...input })).updateO365Privacy);
