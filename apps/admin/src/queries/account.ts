import { z } from 'zod';
import { postJson } from '../graphql/client';

const Refusal = z.object({ error: z.string() });
const refusalOf = (body: unknown, fallback: string) => {
  const parsed = Refusal.safeParse(body);
  return parsed.success ? parsed.data.error : fallback;
};

export const InvitationPreview = z.object({
  email: z.string(),
  role: z.enum(['admin', 'manager', 'viewer']),
  tenant: z.object({ name: z.string() }),
  /** create: a new account; set_password: an account nobody can use yet; sign_in: accept signed in as it. */
  mode: z.enum(['create', 'set_password', 'sign_in']),
  expiresAt: z.string(),
  signedInAs: z.string().nullable(),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

/** What an invitation link offers, or why it does not work. */
export async function previewInvitation(token: string): Promise<InvitationPreview> {
  const result = await postJson('/api/invitations/preview', { token });
  const preview = InvitationPreview.safeParse(result.body);
  if (result.ok && preview.success) return preview.data;
  throw new Error(refusalOf(result.body, 'This invitation link does not work.'));
}

/** Accept: a new account's password (and name), or nothing when signed in as the invited account. */
export async function acceptInvitation(token: string, input: { password?: string; name?: string }): Promise<void> {
  const result = await postJson('/api/invitations/accept', { token, ...input });
  if (!result.ok) throw new Error(refusalOf(result.body, 'Accepting failed. Try again.'));
}

/** Change your own password; every other session ends (this one gets a fresh cookie). */
export async function changePassword(input: {
  currentPassword: string;
  newPassword: string;
  revokeTokens: boolean;
}): Promise<{ tokensRevoked: number }> {
  const result = await postJson('/api/auth/password', input);
  const ok = z.object({ tokensRevoked: z.number() }).safeParse(result.body);
  if (result.ok && ok.success) return ok.data;
  throw new Error(refusalOf(result.body, 'Changing the password failed. Try again.'));
}
