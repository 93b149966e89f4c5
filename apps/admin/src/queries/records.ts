import { graphql } from '../graphql/generated';

/** The data explorer's documents, one per canonical entity (each a Relay connection). */
export const PeopleQuery = graphql(`
  query People($filter: CanonicalFilter, $after: String) {
    page: people(first: 25, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          connectorId
          externalId
          email
          firstName
          lastName
          title
          kind
          updatedAt
          deletedAt
          raw
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AccountsQuery = graphql(`
  query Accounts($filter: CanonicalFilter, $after: String) {
    page: accounts(first: 25, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          connectorId
          externalId
          name
          domain
          industry
          employeeCount
          updatedAt
          deletedAt
          raw
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ActivitiesQuery = graphql(`
  query Activities($filter: CanonicalFilter, $after: String) {
    page: activities(first: 25, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          connectorId
          externalId
          type
          channel
          occurredAt
          personExternalId
          person {
            email
            firstName
            lastName
          }
          deletedAt
          raw
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DealsQuery = graphql(`
  query Deals($filter: CanonicalFilter, $after: String) {
    page: deals(first: 25, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          connectorId
          externalId
          name
          amount
          currency
          stage
          status
          closeDate
          contactEmail
          deletedAt
          raw
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ChargesQuery = graphql(`
  query Charges($filter: CanonicalFilter, $after: String) {
    page: charges(first: 25, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          connectorId
          externalId
          amount
          amountRefunded
          currency
          status
          customerEmail
          description
          occurredAt
          deletedAt
          raw
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A few raw rows of each entity from one connector: samples for the mapping preview. */
export const SamplesQuery = graphql(`
  query Samples($filter: CanonicalFilter) {
    people(first: 3, filter: $filter) {
      edges {
        node {
          raw
          stored
        }
      }
    }
    accounts(first: 3, filter: $filter) {
      edges {
        node {
          raw
          stored
        }
      }
    }
    activities(first: 3, filter: $filter) {
      edges {
        node {
          raw
          stored
        }
      }
    }
    deals(first: 3, filter: $filter) {
      edges {
        node {
          raw
          stored
        }
      }
    }
    charges(first: 3, filter: $filter) {
      edges {
        node {
          raw
          stored
        }
      }
    }
    channelMetrics(first: 3, filter: $filter) {
      edges {
        node {
          raw
          stored
        }
      }
    }
  }
`);
