import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { gql, postJson } from '../graphql/client';
import { unwrap } from '../graphql/errors';
import { graphql } from '../graphql/generated';
import { keys } from './keys';

const MeQuery = graphql(`
  query Me {
    me {
      userId
      email
      role
      tenant {
        id
        name
        slug
      }
      memberships {
        role
        tenant {
          id
          name
          slug
        }
      }
    }
  }
`);

const SwitchTenantMutation = graphql(`
  mutation SwitchTenant($tenantId: ID!) {
    switchTenant(tenantId: $tenantId) {
      ... on MutationSwitchTenantSuccess {
        data
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

/** Who is signed in, their role here and every tenant they belong to. */
export const meQuery = () =>
  queryOptions({
    queryKey: keys.me,
    queryFn: async () => (await gql(MeQuery)).me,
    staleTime: 60_000,
  });

export async function login(email: string, password: string): Promise<string | null> {
  const result = await postJson('/api/auth/login', { email, password });
  if (result.ok) return null;
  const refusal = z.object({ error: z.string() }).safeParse(result.body);
  return refusal.success ? refusal.data.error : 'Signing in failed. Try again.';
}

export async function logout(): Promise<void> {
  await postJson('/api/auth/logout', {});
}

export async function switchTenant(tenantId: string): Promise<void> {
  unwrap((await gql(SwitchTenantMutation, { tenantId })).switchTenant);
}
