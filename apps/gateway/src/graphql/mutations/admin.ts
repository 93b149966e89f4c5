import type { Prisma } from '@tributary/db';
import { checkCron } from '@tributary/sync';
import { issueApiToken, revokeApiToken } from '../../auth/api-tokens.js';
import { switchTenant } from '../../auth/sessions.js';
import { audit } from '../../services/audit.js';
import { ConflictError, InputError, NotFoundError } from '../../services/errors.js';
import { inviteMember, revokeInvitation } from '../../services/invitations.js';
import { builder } from '../builder.js';
import { MUTATION_ERRORS } from '../errors.js';
import { ApiTokenRef, InvitedRef, RoleEnum } from '../types/me.js';
import { Cron, Email, Id, Name } from '../inputs.js';

const CreatedToken = builder.objectRef<{ token: string; apiToken: Prisma.ApiTokenGetPayload<object> }>('CreatedApiToken').implement({
  description: 'The token is in this response only; store it now.',
  fields: (t) => ({ token: t.exposeString('token'), apiToken: t.field({ type: ApiTokenRef, resolve: (x) => x.apiToken }) }),
});

const CronPreview = builder.objectRef<{ valid: boolean; error?: string; nextRuns: Date[] }>('CronPreview').implement({
  fields: (t) => ({
    valid: t.exposeBoolean('valid'),
    error: t.string({ nullable: true, resolve: (c) => c.error ?? null }),
    nextRuns: t.field({ type: ['DateTime'], resolve: (c) => c.nextRuns }),
  }),
});

builder.queryField('cronPreview', (t) =>
  t.field({
    type: CronPreview,
    authScopes: { viewer: true },
    args: { cron: t.arg.string({ required: true, validate: Cron }) },
    resolve: (_r, args) => {
      const check = checkCron(args.cron, 5);
      return { valid: check.ok, nextRuns: check.nextRuns, ...(check.error ? { error: check.error } : {}) };
    },
  }),
);

builder.mutationFields((t) => ({
  createApiToken: t.field({
    type: CreatedToken,
    description: 'A personal token for GraphQL clients, with your role in this tenant. Shown once.',
    authScopes: { viewer: true },
    errors: { types: MUTATION_ERRORS },
    args: { name: t.arg.string({ required: true, validate: Name }), expiresAt: t.arg({ type: 'DateTime', required: false }) },
    resolve: async (_r, args, ctx) => {
      if (!args.name.trim()) throw new InputError('Name the token', [{ path: 'name', message: 'required' }]);
      const { token, row } = await issueApiToken(
        ctx.rt.db.prisma,
        ctx.principal.userId,
        ctx.principal.tenantId,
        args.name.trim(),
        args.expiresAt ?? undefined,
      );
      await audit(ctx.rt.db.prisma, ctx.principal, 'api_token.create', 'api_token', row.id, { name: row.name });
      return { token, apiToken: row };
    },
  }),
  revokeApiToken: t.boolean({
    description: 'Revoke one of your tokens (admins: any token of the tenant).',
    authScopes: { viewer: true },
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true, validate: Id }) },
    resolve: async (_r, args, ctx) => {
      const ok = await revokeApiToken(
        ctx.rt.db.prisma,
        ctx.principal.tenantId,
        String(args.id),
        ctx.principal.userId,
        ctx.principal.role === 'admin',
      );
      if (!ok) throw new NotFoundError('API token');
      await audit(ctx.rt.db.prisma, ctx.principal, 'api_token.revoke', 'api_token', String(args.id));
      return true;
    },
  }),
  switchTenant: t.boolean({
    description: 'Work in another tenant you belong to (console sessions).',
    authScopes: { viewer: true },
    errors: { types: MUTATION_ERRORS },
    args: { tenantId: t.arg.id({ required: true, validate: Id }) },
    resolve: async (_r, args, ctx) => {
      if (!ctx.principal.sessionId) throw new ConflictError('API tokens belong to one tenant; create a token in the other tenant instead');
      if (!(await switchTenant(ctx.rt.db.prisma, ctx.principal.sessionId, ctx.principal.userId, String(args.tenantId))))
        throw new NotFoundError('Tenant');
      await audit(
        ctx.rt.db.prisma,
        { ...ctx.principal, tenantId: String(args.tenantId) },
        'session.switch_tenant',
        'tenant',
        String(args.tenantId),
      );
      return true;
    },
  }),
  inviteMember: t.field({
    type: InvitedRef,
    description:
      'Invite someone by email with a role. They set their own password when they accept (or accept while signed in, when they already have an account). The link is mailed when SMTP is configured, otherwise returned here once.',
    authScopes: { admin: true },
    errors: { types: MUTATION_ERRORS },
    args: { email: t.arg.string({ required: true, validate: Email }), role: t.arg({ type: RoleEnum, required: true }) },
    resolve: (_r, args, ctx) => inviteMember(ctx.rt, ctx.principal, args.email, args.role),
  }),
  revokeInvitation: t.boolean({
    description: 'Withdraw a pending invitation: its link stops working.',
    authScopes: { admin: true },
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true, validate: Id }) },
    resolve: async (_r, args, ctx) => {
      await revokeInvitation(ctx.rt, ctx.principal, String(args.id));
      return true;
    },
  }),
  removeMember: t.boolean({
    authScopes: { admin: true },
    errors: { types: MUTATION_ERRORS },
    args: { userId: t.arg.id({ required: true, validate: Id }) },
    resolve: async (_r, args, ctx) => {
      if (String(args.userId) === ctx.principal.userId) throw new ConflictError('You cannot remove yourself');
      const { count } = await ctx.rt.db.prisma.membership.deleteMany({
        where: { tenantId: ctx.principal.tenantId, userId: String(args.userId) },
      });
      if (count === 0) throw new NotFoundError('Member');
      await ctx.rt.db.prisma.session.deleteMany({ where: { userId: String(args.userId), tenantId: ctx.principal.tenantId } });
      await ctx.rt.db.prisma.apiToken.updateMany({
        where: { userId: String(args.userId), tenantId: ctx.principal.tenantId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      await audit(ctx.rt.db.prisma, ctx.principal, 'member.remove', 'user', String(args.userId));
      return true;
    },
  }),
}));
