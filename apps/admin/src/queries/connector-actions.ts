import { gql } from '../graphql/client';
import { unwrap } from '../graphql/errors';
import { graphql } from '../graphql/generated';

const ConnectApiKey = graphql(`
  mutation ConnectApiKey($type: String!, $credentials: [CredentialInput!], $useSandbox: Boolean) {
    connectApiKey(type: $type, credentials: $credentials, useSandbox: $useSandbox) {
      ... on MutationConnectApiKeySuccess {
        data {
          id
          status
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const ConnectOAuth = graphql(`
  mutation ConnectOAuth($type: String!, $settings: JSON) {
    connectOAuth(type: $type, settings: $settings) {
      ... on MutationConnectOAuthSuccess {
        data
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const TriggerSync = graphql(`
  mutation TriggerSync($connectorId: ID!, $full: Boolean) {
    triggerSync(connectorId: $connectorId, full: $full) {
      ... on MutationTriggerSyncSuccess {
        data {
          status
          mode
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const TriggerWriteback = graphql(`
  mutation TriggerWriteback($connectorId: ID!) {
    triggerWriteback(connectorId: $connectorId) {
      ... on MutationTriggerWritebackSuccess {
        data {
          status
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const CancelSync = graphql(`
  mutation CancelSync($connectorId: ID!) {
    cancelSync(connectorId: $connectorId) {
      ... on MutationCancelSyncSuccess {
        data
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const Disconnect = graphql(`
  mutation Disconnect($connectorId: ID!) {
    disconnect(connectorId: $connectorId) {
      ... on MutationDisconnectSuccess {
        data {
          id
          status
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const RemoveConnector = graphql(`
  mutation RemoveConnector($connectorId: ID!) {
    removeConnector(connectorId: $connectorId) {
      ... on MutationRemoveConnectorSuccess {
        data {
          id
          type
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

export const connectApiKey = async (type: string, credentials: { name: string; value: string }[] | null, useSandbox = false) =>
  unwrap((await gql(ConnectApiKey, { type, credentials, useSandbox })).connectApiKey);

/** The vendor's consent URL for this connector type. */
export const connectOAuth = async (type: string, settings?: Record<string, unknown>) =>
  unwrap((await gql(ConnectOAuth, { type, settings: settings ?? null })).connectOAuth);

export const triggerSync = async (connectorId: string, full = false) => unwrap((await gql(TriggerSync, { connectorId, full })).triggerSync);

/** Write the engagement scores that changed since the last writeback to the vendor (the connector's writeback must be on). */
export const triggerWriteback = async (connectorId: string) => unwrap((await gql(TriggerWriteback, { connectorId })).triggerWriteback);

export const cancelSync = async (connectorId: string) => unwrap((await gql(CancelSync, { connectorId })).cancelSync);

export const disconnect = async (connectorId: string) => unwrap((await gql(Disconnect, { connectorId })).disconnect);

/** Delete the connector with its schedule and everything synced through it (admins; refused while a sync runs). */
export const removeConnector = async (connectorId: string) => unwrap((await gql(RemoveConnector, { connectorId })).removeConnector);
