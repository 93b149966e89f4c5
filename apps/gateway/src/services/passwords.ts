import type { Principal } from '../auth/principal.js';
import { hashPassword, randomToken, tokenHash, verifyPassword } from '../auth/secrets.js';
import type { GatewayRuntime } from '../runtime.js';
import { audit } from './audit.js';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  /** Also revoke every API token of the user (kept by default). */
  revokeTokens?: boolean | undefined;
}

export interface PasswordChanged {
  /** The session that replaces the caller's (every session of the user ended). */
  session: { cookie: string; expiresAt: Date };
  sessionsEnded: number;
  tokensRevoked: number;
}

/**
 * A signed-in person changes their own password: the current one must be
 * right; every session of theirs ends (the caller gets a fresh one, so a
 * stolen cookie dies with the old password). API tokens are kept unless
 * asked: they are separate credentials with their own revocation, usually
 * in CI, and a routine change should not stop it; after a suspected
 * compromise, `revokeTokens` ends them in the same transaction.
 */
export async function changePassword(
  rt: GatewayRuntime,
  principal: Principal,
  change: PasswordChange,
): Promise<PasswordChanged | 'wrong_password'> {
  const prisma = rt.db.prisma;
  const user = await prisma.user.findUniqueOrThrow({ where: { id: principal.userId } });
  if (!(await verifyPassword(change.currentPassword, user.passwordHash))) return 'wrong_password';
  const passwordHash = await hashPassword(change.newPassword);
  const cookie = randomToken('trs');
  const expiresAt = new Date(Date.now() + rt.config.sessionTtlMs);
  const result = await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const ended = await tx.session.deleteMany({ where: { userId: user.id } });
    const revoked = change.revokeTokens
      ? await tx.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } })
      : { count: 0 };
    await tx.session.create({ data: { id: tokenHash(cookie), userId: user.id, tenantId: principal.tenantId, expiresAt } });
    return { sessionsEnded: ended.count, tokensRevoked: revoked.count };
  });
  await rt.auth.refresh();
  await audit(prisma, principal, 'user.password.change', 'user', user.id, result);
  return { session: { cookie, expiresAt }, ...result };
}
