import type { Prisma, PrismaClient } from '@tributary/db';
import type { Principal, Role } from '../auth/principal.js';
import { hashPassword, randomToken, tokenHash } from '../auth/secrets.js';
import { consoleUrl } from '../http/oauth-routes.js';
import type { GatewayRuntime } from '../runtime.js';
import { audit } from './audit.js';
import { ConflictError, InputError, NotFoundError } from './errors.js';

export type InvitationRow = Prisma.InvitationGetPayload<object>;

export interface Invited {
  invitation: InvitationRow;
  /** The link to accept, shown once; null when it was mailed. */
  link: string | null;
  mailed: boolean;
}

/** A pending invitation of this token, or an error that says only that the link is no good. */
async function pending(prisma: Prisma.TransactionClient | PrismaClient, token: string, now = new Date()) {
  const invitation = await prisma.invitation.findUnique({ where: { tokenHash: tokenHash(token) }, include: { tenant: true } });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now)
    throw new NotFoundError('Invitation (the link expired, was used or was withdrawn; ask for a new one)');
  return invitation;
}

async function mailLink(rt: GatewayRuntime, email: string, tenantName: string, link: string): Promise<boolean> {
  if (!rt.mailer) return false;
  try {
    await rt.mailer.send({
      to: email,
      subject: `You are invited to ${tenantName} on Tributary`,
      text: `You have been invited to ${tenantName} on Tributary.\n\nAccept within ${Math.round(rt.config.invitationTtlMs / 3_600_000)} hours: ${link}\n\nIf you did not expect this, ignore this mail.`,
    });
    return true;
  } catch (error) {
    rt.logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'invitation mail failed; the link is shown instead');
    return false;
  }
}

/**
 * Invite someone to this tenant with a role. The admin never sets or sees
 * a password: the invited person sets their own when accepting, or, when
 * the account already exists, accepts while signed in as it. The token is
 * single-use, expires, and is stored as its sha256; the link is mailed when
 * SMTP is configured, otherwise returned here once. A newer invitation of
 * the same email replaces the pending one.
 */
export async function inviteMember(rt: GatewayRuntime, principal: Principal, email: string, role: Role): Promise<Invited> {
  const address = email.trim().toLowerCase();
  const member = await rt.db.prisma.membership.findFirst({
    where: { tenantId: principal.tenantId, user: { email: address } },
    include: { user: true },
  });
  if (member?.user.passwordHash) throw new ConflictError(`${address} is already a member; change their role instead of inviting them`);
  const token = randomToken('tri');
  const invitation = await rt.db.prisma.$transaction(async (tx) => {
    await tx.invitation.updateMany({
      where: { tenantId: principal.tenantId, email: address, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return tx.invitation.create({
      data: {
        tenantId: principal.tenantId,
        email: address,
        role,
        tokenHash: tokenHash(token),
        invitedBy: principal.userId,
        expiresAt: new Date(Date.now() + rt.config.invitationTtlMs),
      },
    });
  });
  const tenant = await rt.db.prisma.tenant.findUniqueOrThrow({ where: { id: principal.tenantId } });
  // The token rides in the fragment: browsers never send it, so no log or Referer carries it.
  const link = consoleUrl(rt, `/invite#${token}`);
  const mailed = await mailLink(rt, address, tenant.name, link);
  await audit(rt.db.prisma, principal, 'member.invite', 'invitation', invitation.id, { email: address, role, mailed });
  return { invitation, link: mailed ? null : link, mailed };
}

/** Withdraw a pending invitation of this tenant. */
export async function revokeInvitation(rt: GatewayRuntime, principal: Principal, id: string): Promise<void> {
  const { count } = await rt.db.prisma.invitation.updateMany({
    where: { id, tenantId: principal.tenantId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new NotFoundError('Invitation');
  await audit(rt.db.prisma, principal, 'member.invite.revoke', 'invitation', id);
}

/** How accepting works for this account: create it, set the password of an account nobody can use yet, or sign in first. */
export type AcceptMode = 'create' | 'set_password' | 'sign_in';

async function modeFor(prisma: Prisma.TransactionClient | PrismaClient, email: string, tenantId: string): Promise<AcceptMode> {
  const user = await prisma.user.findUnique({ where: { email }, include: { memberships: true } });
  if (!user) return 'create';
  const elsewhere = user.memberships.some((m) => m.tenantId !== tenantId);
  // An account with no membership anywhere opens nothing, and one without a password that belongs only here
  // could never sign in: the link may give either a password. Any other account proves itself by signing in.
  if (user.memberships.length === 0 || (!user.passwordHash && !elsewhere)) return 'set_password';
  return 'sign_in';
}

/** What the acceptance page shows before anyone acts. */
export async function previewInvitation(prisma: PrismaClient, token: string) {
  const invitation = await pending(prisma, token);
  const mode = await modeFor(prisma, invitation.email, invitation.tenantId);
  return {
    email: invitation.email,
    role: invitation.role,
    tenant: { name: invitation.tenant.name },
    mode,
    expiresAt: invitation.expiresAt,
  };
}

export interface Acceptance {
  password?: string | undefined;
  name?: string | undefined;
}

/**
 * Accept an invitation. New account: created with the password the invited
 * person chose. Existing account: the caller must be signed in as it (an
 * admin of another tenant who knows its email gains nothing), unless it is
 * an account no one can use yet (see {@link modeFor}), whose password the
 * link may set, ending its sessions and tokens. Single use, even under races.
 */
export async function acceptInvitation(prisma: PrismaClient, token: string, input: Acceptance, session: Principal | null) {
  // scrypt takes a while: hash before the transaction, which then checks again that a password is what is needed.
  const preflight = await pending(prisma, token);
  const needsPassword = (await modeFor(prisma, preflight.email, preflight.tenantId)) !== 'sign_in';
  if (needsPassword && !input.password) throw new InputError('Choose a password', [{ path: 'password', message: 'required' }]);
  const passwordHash = needsPassword && input.password ? await hashPassword(input.password) : null;
  return prisma.$transaction(async (tx) => {
    const invitation = await pending(tx, token);
    const mode = await modeFor(tx, invitation.email, invitation.tenantId);
    let userId: string;
    if (mode === 'sign_in') {
      if (!session)
        throw new ConflictError(`An account for ${invitation.email} exists: sign in as ${invitation.email}, then open the link again`);
      if (session.email !== invitation.email)
        throw new ConflictError(`This invitation is for ${invitation.email}; you are signed in as ${session.email}`);
      userId = session.userId;
    } else {
      if (!passwordHash) throw new ConflictError('The account changed while accepting: open the link again');
      const user = await tx.user.upsert({
        where: { email: invitation.email },
        create: { email: invitation.email, name: input.name ?? null, passwordHash },
        update: { passwordHash, ...(input.name ? { name: input.name } : {}) },
      });
      await tx.session.deleteMany({ where: { userId: user.id } });
      await tx.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
      userId = user.id;
    }
    const used = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date(), acceptedBy: userId },
    });
    if (used.count !== 1) throw new NotFoundError('Invitation');
    await tx.membership.upsert({
      where: { tenantId_userId: { tenantId: invitation.tenantId, userId } },
      create: { tenantId: invitation.tenantId, userId, role: invitation.role },
      update: { role: invitation.role },
    });
    const joined: Principal = { userId, email: invitation.email, tenantId: invitation.tenantId, role: invitation.role, via: 'session' };
    await audit(tx, joined, 'member.join', 'user', userId, { role: invitation.role, invitationId: invitation.id, mode });
    return { userId, email: invitation.email, tenantId: invitation.tenantId, mode };
  });
}
