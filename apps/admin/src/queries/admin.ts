import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { gql } from '../graphql/client';
import { unwrap } from '../graphql/errors';
import { graphql } from '../graphql/generated';
import type { Role } from '../graphql/generated/graphql';
import { keys } from './keys';

const MembersQuery = graphql(`
  query Members {
    members {
      userId
      email
      name
      role
      createdAt
    }
  }
`);

const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      prefix
      userId
      createdAt
      lastUsedAt
      expiresAt
      revokedAt
    }
  }
`);

const AuditLogQuery = graphql(`
  query AuditLog($after: String) {
    auditLog(first: 30, after: $after) {
      edges {
        node {
          id
          actor
          action
          targetType
          target
          targetId
          details
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const InvitationsQuery = graphql(`
  query Invitations {
    invitations {
      id
      email
      role
      createdAt
      expiresAt
    }
  }
`);

const InviteMember = graphql(`
  mutation InviteMember($email: String!, $role: Role!) {
    inviteMember(email: $email, role: $role) {
      ... on MutationInviteMemberSuccess {
        data {
          link
          mailed
          invitation {
            id
            email
            role
          }
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const RevokeInvitation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      ... on MutationRevokeInvitationSuccess {
        data
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const RemoveMember = graphql(`
  mutation RemoveMember($userId: ID!) {
    removeMember(userId: $userId) {
      ... on MutationRemoveMemberSuccess {
        data
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const CreateApiToken = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      ... on MutationCreateApiTokenSuccess {
        data {
          token
          apiToken {
            id
            name
          }
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

const RevokeApiToken = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ... on MutationRevokeApiTokenSuccess {
        data
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

export const membersQuery = (tenantId: string) =>
  queryOptions({ queryKey: keys.members(tenantId), queryFn: async () => (await gql(MembersQuery)).members });

export const apiTokensQuery = (tenantId: string) =>
  queryOptions({ queryKey: keys.apiTokens(tenantId), queryFn: async () => (await gql(ApiTokensQuery)).apiTokens });

export const auditLogQuery = (tenantId: string) =>
  infiniteQueryOptions({
    queryKey: keys.auditLog(tenantId),
    queryFn: async ({ pageParam }) => (await gql(AuditLogQuery, { after: pageParam })).auditLog,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null),
  });

export const invitationsQuery = (tenantId: string) =>
  queryOptions({ queryKey: keys.invitations(tenantId), queryFn: async () => (await gql(InvitationsQuery)).invitations });

/** Invite by email; the link comes back once (null when it was mailed). */
export const inviteMember = async (email: string, role: Role) => unwrap((await gql(InviteMember, { email, role })).inviteMember);
export const revokeInvitation = async (id: string) => unwrap((await gql(RevokeInvitation, { id })).revokeInvitation);
export const removeMember = async (userId: string) => unwrap((await gql(RemoveMember, { userId })).removeMember);
export const createApiToken = async (name: string) => unwrap((await gql(CreateApiToken, { name })).createApiToken);
export const revokeApiToken = async (id: string) => unwrap((await gql(RevokeApiToken, { id })).revokeApiToken);
