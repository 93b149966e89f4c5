import type { Role } from '../auth/principal.js';
import { cookiePair, type GatewayClient, type Result } from './client.js';

export const INVITE = `mutation($email: String!, $role: Role!) {
  inviteMember(email: $email, role: $role) {
    __typename ... on Error { message }
    ... on MutationInviteMemberSuccess { data { link mailed invitation { id email role } } }
  }
}`;

export type Invited = {
  inviteMember: Result<{ link: string | null; mailed: boolean; invitation: { id: string; email: string; role: string } }>;
};

/** Invite as `admin`; the token from the link it got (shown once). */
export async function invite(admin: GatewayClient, email: string, role: Role): Promise<string> {
  const data = await admin.ok<Invited>(INVITE, { email, role });
  const link = data.inviteMember.data?.link;
  if (!link) throw new Error(`inviteMember gave no link: ${JSON.stringify(data.inviteMember)}`);
  return new URL(link).hash.slice(1);
}

/** POST JSON to an invitation route as `client` (its cookie, if any). */
export async function invitationCall(client: GatewayClient, action: 'preview' | 'accept', body: Record<string, unknown>) {
  const response = await client.fetch(`/api/invitations/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    cookie: cookiePair(response.headers.get('set-cookie'), 'tributary_session'),
  };
}

/** Sign in over HTTP; the status, and the cookie when it worked. */
export async function tryLogin(client: GatewayClient, email: string, password: string) {
  const response = await client.fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Record<string, unknown>,
    cookie: cookiePair(response.headers.get('set-cookie'), 'tributary_session'),
  };
}
