import { queryOptions } from '@tanstack/react-query';
import { gql } from '../graphql/client';
import { unwrap } from '../graphql/errors';
import { graphql } from '../graphql/generated';
import type { FieldMappingInput } from '../graphql/generated/graphql';
import { keys } from './keys';

const FieldMappingsQuery = graphql(`
  query FieldMappings($connectorId: ID!) {
    fieldMappings(connectorId: $connectorId) {
      stream
      source
      target
      transform
      isDefault
      defaultSource
      defaultTransform
    }
  }
`);

const PreviewMappingsQuery = graphql(`
  query PreviewMappings($connectorId: ID!, $mappings: [FieldMappingInput!]!, $samples: [JSON!]!) {
    previewMappings(connectorId: $connectorId, mappings: $mappings, samples: $samples) {
      stream
      entity
      valid
      record
      issues
    }
  }
`);

const UpdateFieldMappings = graphql(`
  mutation UpdateFieldMappings($connectorId: ID!, $mappings: [FieldMappingInput!]!) {
    updateFieldMappings(connectorId: $connectorId, mappings: $mappings) {
      ... on MutationUpdateFieldMappingsSuccess {
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

/** The mappings in effect: each canonical field's default and the tenant's override. */
export const fieldMappingsQuery = (tenantId: string, connectorId: string) =>
  queryOptions({
    queryKey: keys.mappings(tenantId, connectorId),
    queryFn: async () => (await gql(FieldMappingsQuery, { connectorId })).fieldMappings,
  });

export interface SampleRow {
  stream: string;
  raw: unknown;
  /** What the connector derived from `raw` at sync (the stored record), read by `$.` sources; unknown for dead letters. */
  derived?: unknown;
}

/** The mappings (defaults + these overrides) applied to sample rows, nothing stored. */
export const mappingPreviewQuery = (tenantId: string, connectorId: string, mappings: FieldMappingInput[], samples: SampleRow[]) =>
  queryOptions({
    queryKey: keys.mappingPreview(tenantId, connectorId, { mappings, samples }),
    queryFn: async () => (await gql(PreviewMappingsQuery, { connectorId, mappings, samples })).previewMappings,
    enabled: samples.length > 0,
    placeholderData: (previous) => previous,
  });

export const updateFieldMappings = async (connectorId: string, mappings: FieldMappingInput[]) =>
  unwrap((await gql(UpdateFieldMappings, { connectorId, mappings })).updateFieldMappings);
