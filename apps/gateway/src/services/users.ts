import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@tributary/db';
import type { Role } from '../auth/principal.js';
import { hashPassword } from '../auth/secrets.js';
import { InputError } from './errors.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A tenant (slug unique). */
export async function createTenant(prisma: PrismaClient, name: string, slug?: string) {
  const s = (slug ?? name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (!s) throw new InputError('A tenant needs a name', [{ path: 'name', message: 'required' }]);
  return prisma.tenant.create({ data: { name, slug: s } });
}

const MIN_PASSWORD = 10;

/**
 * The operator's password reset (`tributary user password`): set it, end
 * every console session of the user and, unless `keepTokens`, revoke their
 * API tokens too. A reset is what an operator does when an account may be
 * in the wrong hands, and a token is as good as the password it outlives;
 * `--keep-tokens` is for the routine reset of someone whose CI must not stop.
 *
 * @example
 * await setPassword(prisma, 'ada@example.com', 'a-new-long-passphrase'); // { sessionsEnded: 2, tokensRevoked: 1 }
 */
export async function setPassword(
  prisma: PrismaClient,
  email: string,
  password: string,
  options: { keepTokens?: boolean } = {},
): Promise<{ sessionsEnded: number; tokensRevoked: number }> {
  if (password.length < MIN_PASSWORD)
    throw new InputError(`Passwords have at least ${MIN_PASSWORD} characters`, [{ path: 'password', message: 'too short' }]);
  const user = await prisma.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) throw new InputError('No user with that email', [{ path: 'email', message: 'unknown' }]);
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const ended = await tx.session.deleteMany({ where: { userId: user.id } });
    const revoked = options.keepTokens
      ? { count: 0 }
      : await tx.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    return { sessionsEnded: ended.count, tokensRevoked: revoked.count };
  });
}

/**
 * Add a user to a tenant with a role, creating the user when the email is
 * new (with a password when given, so they can sign in to the console).
 * An existing user keeps their name and password.
 *
 * @example
 * await addMember(prisma, tenantId, { email: 'ada@example.com', role: 'manager', password: 's3cret-pass' });
 */
export async function addMember(
  prisma: PrismaClient,
  tenantId: string,
  input: { email: string; role: Role; name?: string | undefined; password?: string | undefined },
) {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw new InputError('That is not an email address', [{ path: 'email', message: 'invalid' }]);
  if (input.password !== undefined && input.password.length < MIN_PASSWORD)
    throw new InputError(`Passwords have at least ${MIN_PASSWORD} characters`, [{ path: 'password', message: 'too short' }]);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  const user = await prisma.user.upsert({
    where: { email },
    create: { email, name: input.name ?? null, passwordHash: passwordHash ?? null },
    // An existing user may belong to other tenants: adding them here never changes their name or password.
    update: {},
  });
  return prisma.membership.upsert({
    where: { tenantId_userId: { tenantId, userId: user.id } },
    create: { tenantId, userId: user.id, role: input.role },
    update: { role: input.role },
  });
}

/**
 * First start: when no user exists, create a tenant and an admin with a
 * generated password (printed once by `npm start`). Returns null when the
 * database already has users.
 */
export async function bootstrapAdmin(
  prisma: PrismaClient,
  email = 'admin@tributary.local',
): Promise<{ email: string; password: string; tenantSlug: string } | null> {
  if ((await prisma.user.count()) > 0) return null;
  const password = randomBytes(12).toString('base64url');
  const tenant = await createTenant(prisma, 'My Company', 'my-company');
  await addMember(prisma, tenant.id, { email, role: 'admin', name: 'Admin', password });
  return { email, password, tenantSlug: tenant.slug };
}
