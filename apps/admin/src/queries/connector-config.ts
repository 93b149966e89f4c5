import { queryOptions } from '@tanstack/react-query';
import { gql } from '../graphql/client';
import { unwrap } from '../graphql/errors';
import { graphql } from '../graphql/generated';
import { keys } from './keys';

const CronPreviewQuery = graphql(`
  query CronPreview($cron: String!) {
    cronPreview(cron: $cron) {
      valid
      error
      nextRuns
    }
  }
`);

const VendorAccountsQuery = graphql(`
  query VendorAccounts($connectorId: ID!) {
    vendorAccounts(connectorId: $connectorId) {
      ... on QueryVendorAccountsSuccess {
        data {
          id
          name
          currency
          timezone
          manager
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const UpdateSchedule = graphql(`
  mutation UpdateSchedule($connectorId: ID!, $cron: String!) {
    updateSchedule(connectorId: $connectorId, cron: $cron) {
      ... on MutationUpdateScheduleSuccess {
        data {
          id
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const UpdateSettings = graphql(`
  mutation UpdateConnectorSettings($connectorId: ID!, $settings: JSON!) {
    updateConnectorSettings(connectorId: $connectorId, settings: $settings) {
      ... on MutationUpdateConnectorSettingsSuccess {
        data {
          id
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const SelectAccount = graphql(`
  mutation SelectAccount($connectorId: ID!, $accountId: String!) {
    selectAccount(connectorId: $connectorId, accountId: $accountId) {
      ... on MutationSelectAccountSuccess {
        data {
          id
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const CheckHealth = graphql(`
  mutation CheckHealth($connectorId: ID!) {
    checkHealth(connectorId: $connectorId) {
      ... on MutationCheckHealthSuccess {
        data {
          status
          message
          latencyMs
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

/** The gateway's validation of a cron expression and its next runs (server time zone). */
export const cronPreviewQuery = (cron: string) =>
  queryOptions({
    queryKey: keys.cronPreview(cron),
    queryFn: async () => (await gql(CronPreviewQuery, { cron })).cronPreview,
    staleTime: 30_000,
  });

/** The accounts this login can see, for the account picker. */
export const vendorAccountsQuery = (tenantId: string, connectorId: string) =>
  queryOptions({
    queryKey: keys.vendorAccounts(tenantId, connectorId),
    queryFn: async () => unwrap((await gql(VendorAccountsQuery, { connectorId })).vendorAccounts),
  });

export const updateSchedule = async (connectorId: string, cron: string) =>
  unwrap((await gql(UpdateSchedule, { connectorId, cron })).updateSchedule);

export const updateSettings = async (connectorId: string, settings: Record<string, unknown>) =>
  unwrap((await gql(UpdateSettings, { connectorId, settings })).updateConnectorSettings);

export const selectAccount = async (connectorId: string, accountId: string) =>
  unwrap((await gql(SelectAccount, { connectorId, accountId })).selectAccount);

export const checkHealth = async (connectorId: string) => unwrap((await gql(CheckHealth, { connectorId })).checkHealth);
