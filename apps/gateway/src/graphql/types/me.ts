import type { Prisma } from '@tributary/db';
import type { Invited, InvitationRow } from '../../services/invitations.js';
import { describeTarget } from '../../services/audit-target.js';
import { builder } from '../builder.js';
import { connectionOf, isIdKey } from '../pagination.js';

export const RoleEnum = builder.enumType('Role', { values: ['admin', 'manager', 'viewer'] as const });

const TenantRef = builder.objectRef<{ id: string; name: string; slug: string }>('Tenant').implement({
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name'), slug: t.exposeString('slug') }),
});

const MembershipRef = builder.objectRef<Prisma.MembershipGetPayload<{ include: { tenant: true; user: true } }>>('Membership').implement({
  fields: (t) => ({
    tenant: t.field({ type: TenantRef, resolve: (m) => m.tenant }),
    role: t.field({ type: RoleEnum, resolve: (m) => m.role }),
    userId: t.exposeID('userId'),
    email: t.string({ resolve: (m) => m.user.email }),
    name: t.string({ nullable: true, resolve: (m) => m.user.name }),
    createdAt: t.field({ type: 'DateTime', resolve: (m) => m.createdAt }),
  }),
});

const MeRef = builder.objectRef<{ userId: string }>('Me').implement({
  fields: (t) => ({
    userId: t.exposeID('userId'),
    email: t.string({ resolve: (_m, _a, ctx) => ctx.principal.email }),
    role: t.field({ type: RoleEnum, resolve: (_m, _a, ctx) => ctx.principal.role }),
    via: t.string({ description: 'session or token', resolve: (_m, _a, ctx) => ctx.principal.via }),
    tenant: t.field({
      type: TenantRef,
      resolve: (_m, _a, ctx) => ctx.rt.db.prisma.tenant.findUniqueOrThrow({ where: { id: ctx.principal.tenantId } }),
    }),
    memberships: t.field({
      type: [MembershipRef],
      description: 'Every tenant this user belongs to (for the tenant switcher)',
      resolve: (m, _a, ctx) =>
        ctx.rt.db.prisma.membership.findMany({
          where: { userId: m.userId },
          include: { tenant: true, user: true },
          orderBy: { createdAt: 'asc' },
        }),
    }),
  }),
});

export const ApiTokenRef = builder.objectRef<Prisma.ApiTokenGetPayload<object>>('ApiToken').implement({
  description: 'A personal API token. The token itself is shown only once, when it is created.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The first characters, to tell tokens apart' }),
    userId: t.exposeID('userId'),
    createdAt: t.field({ type: 'DateTime', resolve: (x) => x.createdAt }),
    lastUsedAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.lastUsedAt }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.expiresAt }),
    revokedAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.revokedAt }),
  }),
});

export const InvitationRef = builder.objectRef<InvitationRow>('Invitation').implement({
  description: 'A pending invitation: the email and role an admin invited. The link itself is never shown again.',
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    role: t.field({ type: RoleEnum, resolve: (i) => i.role }),
    createdAt: t.field({ type: 'DateTime', resolve: (i) => i.createdAt }),
    expiresAt: t.field({ type: 'DateTime', resolve: (i) => i.expiresAt }),
  }),
});

export const InvitedRef = builder.objectRef<Invited>('InvitedMember').implement({
  fields: (t) => ({
    invitation: t.field({ type: InvitationRef, resolve: (x) => x.invitation }),
    link: t.string({
      nullable: true,
      description: 'The link to send them, in this response only (null when it was mailed)',
      resolve: (x) => x.link,
    }),
    mailed: t.exposeBoolean('mailed'),
  }),
});

const AuditEntryRef = builder.objectRef<Prisma.AuditLogGetPayload<object>>('AuditEntry').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    actor: t.exposeString('actor'),
    action: t.exposeString('action'),
    targetType: t.exposeString('targetType'),
    targetId: t.exposeString('targetId', { nullable: true }),
    target: t.string({
      description: 'What was acted on, by name: "connector Stripe · Acme", "user ada@example.com"',
      resolve: (a, _args, ctx) => describeTarget(ctx.rt.db.prisma, a),
    }),
    details: t.field({ type: 'JSON', resolve: (a) => a.details }),
    createdAt: t.field({ type: 'DateTime', resolve: (a) => a.createdAt }),
  }),
});

builder.queryFields((t) => ({
  me: t.field({ type: MeRef, authScopes: { viewer: true }, resolve: (_r, _a, ctx) => ({ userId: ctx.principal.userId }) }),
  members: t.field({
    type: [MembershipRef],
    authScopes: { admin: true },
    resolve: (_r, _a, ctx) =>
      ctx.rt.db.prisma.membership.findMany({
        where: { tenantId: ctx.principal.tenantId },
        include: { tenant: true, user: true },
        orderBy: { createdAt: 'asc' },
      }),
  }),
  invitations: t.field({
    type: [InvitationRef],
    description: 'Invitations of this tenant not yet accepted, withdrawn or expired',
    authScopes: { admin: true },
    resolve: (_r, _a, ctx) =>
      ctx.rt.db.prisma.invitation.findMany({
        where: { tenantId: ctx.principal.tenantId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: 'desc' },
      }),
  }),
  apiTokens: t.field({
    type: [ApiTokenRef],
    description: 'Your tokens in this tenant (admins see everyone’s)',
    authScopes: { viewer: true },
    resolve: (_r, _a, ctx) =>
      ctx.rt.db.prisma.apiToken.findMany({
        where: { tenantId: ctx.principal.tenantId, ...(ctx.principal.role === 'admin' ? {} : { userId: ctx.principal.userId }) },
        orderBy: { createdAt: 'desc' },
      }),
  }),
  auditLog: t.connection({
    type: AuditEntryRef,
    authScopes: { admin: true },
    resolve: (_r, args, ctx) =>
      connectionOf(
        args,
        isIdKey,
        ({ take, cursor }) =>
          ctx.rt.db.prisma.auditLog.findMany({
            where: { tenantId: ctx.principal.tenantId },
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
            take,
            ...(cursor ? { cursor: { id: cursor.id }, skip: 1 } : {}),
          }),
        (row) => ({ id: row.id }),
      ),
  }),
}));
