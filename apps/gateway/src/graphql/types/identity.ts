import {
  countUnifiedPeople,
  findUnifiedPerson,
  listUnifiedPeople,
  resolveIdentities,
  type LinkedRecord,
  type ResolveOutcome,
  type UnifiedPersonView,
} from '@tributary/identity';
import { audit } from '../../services/audit.js';
import { builder } from '../builder.js';
import { MUTATION_ERRORS } from '../errors.js';
import { Text } from '../inputs.js';
import { connectionOf } from '../pagination.js';

const LinkRef = builder.objectRef<LinkedRecord>('UnifiedLink').implement({
  description: 'A source record linked to a unified person',
  fields: (t) => ({
    connectorId: t.exposeString('connectorId'),
    connectorType: t.exposeString('connectorType'),
    connectorName: t.exposeString('connectorName'),
    entity: t.exposeString('entity', { description: 'person, charge, deal or participant' }),
    externalId: t.exposeString('externalId'),
  }),
});

type AccountView = NonNullable<UnifiedPersonView['account']>;
const AccountRef = builder.objectRef<AccountView>('UnifiedAccount').implement({
  description: 'A company across sources, keyed by domain',
  fields: (t) => ({ id: t.exposeID('id'), domain: t.exposeString('domain'), name: t.exposeString('name', { nullable: true }) }),
});

const PersonRef = builder.objectRef<UnifiedPersonView>('UnifiedPerson').implement({
  description: 'A person across sources, keyed by normalized email, with every source record linked to them',
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    firstName: t.exposeString('firstName', { nullable: true }),
    lastName: t.exposeString('lastName', { nullable: true }),
    account: t.field({ type: AccountRef, nullable: true, resolve: (p) => p.account }),
    links: t.field({ type: [LinkRef], resolve: (p) => p.links }),
  }),
});

const isEmailKey = (v: unknown): v is { email: string } =>
  typeof v === 'object' && v !== null && typeof (v as { email?: unknown }).email === 'string';

builder.queryFields((t) => ({
  unifiedPerson: t.field({
    type: PersonRef,
    nullable: true,
    description: 'The unified person with this email (any case or surrounding spaces)',
    authScopes: { viewer: true },
    args: { email: t.arg.string({ required: true, validate: Text(320) }) },
    resolve: (_r, args, ctx) => findUnifiedPerson(ctx.rt.db.prisma, ctx.principal.tenantId, args.email),
  }),
  unifiedPeople: t.connection(
    {
      type: PersonRef,
      description: 'Unified people by email',
      authScopes: { viewer: true },
      resolve: async (_r, args, ctx) => {
        const tenantId = ctx.principal.tenantId;
        const page = await connectionOf(
          args,
          isEmailKey,
          ({ take, cursor }) => listUnifiedPeople(ctx.rt.db.prisma, tenantId, { take, cursorEmail: cursor?.email }),
          (p) => ({ email: p.email }),
        );
        return { ...page, totalCount: () => countUnifiedPeople(ctx.rt.db.prisma, tenantId) };
      },
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (conn) => conn.totalCount?.() ?? 0 }) }) },
  ),
}));

const Counts = builder.objectRef<{ created: number; updated: number; removed: number }>('IdentityCounts').implement({
  fields: (t) => ({ created: t.exposeInt('created'), updated: t.exposeInt('updated'), removed: t.exposeInt('removed') }),
});

const OutcomeRef = builder.objectRef<ResolveOutcome>('IdentityResolution').implement({
  description: 'What a resolution changed (all zero when nothing changed since the last one)',
  fields: (t) => ({
    people: t.field({ type: Counts, resolve: (o) => o.people }),
    accounts: t.field({ type: Counts, resolve: (o) => o.accounts }),
    linksChanged: t.int({ resolve: (o) => o.personLinks.upserted + o.accountLinks.upserted }),
    linksRemoved: t.int({ resolve: (o) => o.personLinks.removed + o.accountLinks.removed }),
  }),
});

builder.mutationFields((t) => ({
  resolveIdentities: t.field({
    type: OutcomeRef,
    description: 'Unify people and accounts across every source now (it also runs after each sync)',
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    resolve: async (_r, _args, ctx) => {
      const outcome = await resolveIdentities(ctx.rt.db.sql, ctx.principal.tenantId);
      await audit(ctx.rt.db.prisma, ctx.principal, 'identity.resolve', 'tenant', ctx.principal.tenantId, { people: outcome.people });
      return outcome;
    },
  }),
}));
