import type { PrismaClient } from '@tributary/db';
import { randomToken, tokenHash } from './secrets.js';

/**
 * Issue a personal API token for a user in a tenant. The token is returned
 * once; only its sha256 is stored.
 *
 * @example
 * const { token } = await issueApiToken(prisma, userId, tenantId, 'CI'); // 'trb_...'
 */
export async function issueApiToken(prisma: PrismaClient, userId: string, tenantId: string, name: string, expiresAt?: Date) {
  const token = randomToken('trb');
  const row = await prisma.apiToken.create({
    data: { userId, tenantId, name, tokenHash: tokenHash(token), prefix: token.slice(0, 10), ...(expiresAt ? { expiresAt } : {}) },
  });
  return { token, row };
}

/** Revoke a token of this tenant (its owner's, or any when `asAdmin`). False when there is none to revoke. */
export async function revokeApiToken(
  prisma: PrismaClient,
  tenantId: string,
  id: string,
  userId: string,
  asAdmin: boolean,
): Promise<boolean> {
  const { count } = await prisma.apiToken.updateMany({
    where: { id, tenantId, revokedAt: null, ...(asAdmin ? {} : { userId }) },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}
