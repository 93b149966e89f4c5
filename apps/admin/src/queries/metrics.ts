import { graphql } from '../graphql/generated';

export const ChannelMetricsPage = graphql(`
  query ChannelMetricsPage($filter: CanonicalFilter, $after: String) {
    page: channelMetrics(first: 100, after: $after, filter: $filter) {
      edges {
        node {
          date
          channel
          campaign
          impressions
          clicks
          visitors
          leads
          conversions
          cost
          currency
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RevenuePage = graphql(`
  query RevenuePage($filter: CanonicalFilter, $after: String) {
    page: charges(first: 100, after: $after, filter: $filter) {
      edges {
        node {
          amount
          amountRefunded
          currency
          status
          occurredAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DealsPage = graphql(`
  query DealsPage($filter: CanonicalFilter, $after: String) {
    page: deals(first: 100, after: $after, filter: $filter) {
      edges {
        node {
          amount
          currency
          stage
          status
          closeDate
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
