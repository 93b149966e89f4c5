import { queryOptions } from '@tanstack/react-query';
import { gql } from '../graphql/client';
import { unwrap } from '../graphql/errors';
import { graphql } from '../graphql/generated';
import type { AttributionModel } from '../graphql/generated/graphql';
import { keys } from './keys';

const AttributionQuery = graphql(`
  query Attribution($model: AttributionModel!, $from: String!, $to: String!, $lookbackDays: Int) {
    attribution(model: $model, from: $from, to: $to, lookbackDays: $lookbackDays) {
      ... on QueryAttributionSuccess {
        data {
          model
          lookbackDays
          rows {
            channel
            campaignId
            campaign
            currency
            revenue
            revenueEvents
            spend
            roas
          }
          totals {
            currency
            revenue
            unattributedRevenue
            revenueEvents
            spend
            roas
          }
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

/** One report's question: the model, inclusive UTC days and the lookback window. */
export interface AttributionParams {
  model: AttributionModel;
  from: string;
  to: string;
  lookbackDays: number;
}

/** Campaigns and channels credited with revenue, with their spend and ROAS (an input error is thrown as an ActionError). */
export const attributionQuery = (tenantId: string, params: AttributionParams) =>
  queryOptions({
    queryKey: keys.attribution(tenantId, params),
    queryFn: async () => unwrap((await gql(AttributionQuery, params)).attribution),
  });
